package io.scrapeline.resultstore.repository;

import java.util.UUID;

/** One input (item) of a sitemap batch. */
public record SitemapInput(UUID batchId, int inputIndex) {}
