package io.scrapeline.resultstore.mapping;

/** One item of a status page, shaped by the kind of its batch. */
public sealed interface ItemView permits ScrapeItemView, SitemapItemView {}
