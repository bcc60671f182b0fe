package io.scrapeline.resultstore.mapping;

import com.fasterxml.jackson.annotation.JsonRawValue;
import io.scrapeline.model.ItemStatus;

/** One sitemap input: its discovered links (stored JSON, null while pending) and their count. */
public record SitemapItemView(
    int inputIndex,
    String url,
    ItemStatus status,
    @JsonRawValue String links,
    Integer linkCount,
    @JsonRawValue String metadata,
    ItemErrorView error)
    implements ItemView {}
