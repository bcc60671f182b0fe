package io.scrapeline.resultstore.service;

/**
 * What one poll's results did.
 *
 * @param applied results that finished a pending item, and sitemap chunks stored for one
 * @param ignored results for items no longer pending (redelivered, cancelled) or for batches that
 *     no longer take results (unknown, expired, finished, failed, cancelled)
 */
public record AppliedResults(int applied, int ignored) {}
