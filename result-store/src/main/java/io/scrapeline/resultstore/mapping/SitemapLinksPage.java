package io.scrapeline.resultstore.mapping;

import io.scrapeline.model.ItemStatus;
import java.util.List;
import java.util.UUID;

/**
 * {@code GET /v1/batch/sitemap/{id}/items/{input_index}/links}: one range of an input's links.
 *
 * @param linkCount all links of the input; null unless it completed
 * @param from the 0-based position of the first link of this page
 * @param limit the most links a page holds
 * @param next the gateway path of the following page, or null on the last one
 * @param links this page's links, in discovery order; empty unless the input completed
 */
public record SitemapLinksPage(
    UUID id,
    int inputIndex,
    String url,
    ItemStatus status,
    Integer linkCount,
    long from,
    int limit,
    String next,
    List<String> links) {}
