package io.scrapeline.resultstore.mapping;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;

/**
 * {@code GET /v1/batch/{kind}/{id}}: the summary's fields followed by one page of items.
 *
 * @param next the gateway path of the next page, or null on the last page
 */
public record BatchStatusDocument(
    @JsonUnwrapped BatchSummary summary,
    int page,
    int pageSize,
    String next,
    List<ItemView> results) {}
