package io.scrapeline.resultstore.mapping;

/** Why an item failed: its item error code and a message. */
public record ItemErrorView(String code, String message) {}
