package io.scrapeline.resultstore.repository;

/**
 * One item of a status page. Scrape items carry {@code dataJson}; sitemap items carry {@code
 * linksJson} and {@code linkCount} instead. JSON columns come as JSON text or null.
 */
public record ItemRow(
    int inputIndex,
    String url,
    String status,
    String dataJson,
    String linksJson,
    Integer linkCount,
    String metadataJson,
    String errorCode,
    String errorMessage) {}
