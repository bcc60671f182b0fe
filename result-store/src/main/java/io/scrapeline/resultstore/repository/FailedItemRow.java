package io.scrapeline.resultstore.repository;

/** One failed item for the errors report; {@code statusCode} is {@code metadata.status_code}. */
public record FailedItemRow(
    int inputIndex, String url, String code, String message, Integer statusCode) {}
