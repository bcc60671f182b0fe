package io.scrapeline.resultstore.rest;

/**
 * The gateway's report that a batch could not be run ({@code POST /internal/batches/{id}/fail}).
 *
 * @param code why, e.g. {@code enqueue_failed}
 * @param message details for operators; logged, not shown to clients
 */
public record FailBatch(String code, String message) {}
