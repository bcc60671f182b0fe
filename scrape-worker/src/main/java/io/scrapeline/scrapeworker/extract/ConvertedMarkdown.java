package io.scrapeline.scrapeworker.extract;

/**
 * The Markdown of a page's content.
 *
 * @param text the Markdown
 * @param plainTextTables data tables flexmark could not convert, written as plain text in {@code
 *     text} while the rest of it is Markdown; 0 almost always
 */
record ConvertedMarkdown(String text, int plainTextTables) {}
