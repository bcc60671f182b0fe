package io.scrapeline.scrapeworker.extract;

import io.scrapeline.model.ScrapeData;

/**
 * The requested formats of a page and what it says about itself.
 *
 * @param data the requested formats; the others are null
 * @param facts title, description, language and the like
 */
public record ExtractedPage(ScrapeData data, PageFacts facts) {}
