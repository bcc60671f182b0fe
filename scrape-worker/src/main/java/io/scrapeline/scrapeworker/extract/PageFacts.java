package io.scrapeline.scrapeworker.extract;

/**
 * What a page says about itself, and how its extraction went; every field is null when unknown.
 *
 * @param title the document title
 * @param description the meta description, else og:description
 * @param language html lang, else the first Content-Language, else detected from the main text
 * @param canonicalUrl the absolute link rel=canonical target
 * @param ogTitle og:title
 * @param ogDescription og:description
 * @param ogImage og:image, absolute
 * @param siteName og:site_name
 * @param degraded true when the page went over the extraction budget and its content is plain text;
 *     false when it was extracted in full; null when nothing was extracted
 */
public record PageFacts(
    String title,
    String description,
    String language,
    String canonicalUrl,
    String ogTitle,
    String ogDescription,
    String ogImage,
    String siteName,
    Boolean degraded) {

  /** Nothing known, e.g. for a page that could not be fetched. */
  public static PageFacts none() {
    return new PageFacts(null, null, null, null, null, null, null, null, null);
  }

  /** Only the language, for pages that cannot describe themselves, extracted in full. */
  public static PageFacts language(String language) {
    return new PageFacts(null, null, language, null, null, null, null, null, false);
  }

  /** These facts with {@code language} when they name none. */
  PageFacts withLanguageIfMissing(String detected) {
    if (language != null || detected == null) {
      return this;
    }
    return new PageFacts(
        title,
        description,
        detected,
        canonicalUrl,
        ogTitle,
        ogDescription,
        ogImage,
        siteName,
        degraded);
  }

  /** These facts, saying whether the extraction was degraded. */
  PageFacts withDegraded(boolean isDegraded) {
    return new PageFacts(
        title,
        description,
        language,
        canonicalUrl,
        ogTitle,
        ogDescription,
        ogImage,
        siteName,
        isDegraded);
  }
}
