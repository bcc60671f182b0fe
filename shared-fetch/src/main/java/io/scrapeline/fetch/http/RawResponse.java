package io.scrapeline.fetch.http;

/**
 * One hop's response as it came off the wire, before any decoding.
 *
 * @param head the status and headers
 * @param body the (still encoded) body when it was read, null when it was not wanted
 */
public record RawResponse(ResponseHead head, byte[] body) {}
