package io.scrapeline.resultstore.mapping;

import com.fasterxml.jackson.annotation.JsonRawValue;
import io.scrapeline.model.ItemStatus;

/**
 * One scrape item; {@code data} and {@code metadata} are the stored JSON of the worker's result
 * (null while pending), written as-is.
 */
public record ScrapeItemView(
    int inputIndex,
    String url,
    ItemStatus status,
    @JsonRawValue String data,
    @JsonRawValue String metadata,
    ItemErrorView error)
    implements ItemView {}
