package io.scrapeline.gateway.firecrawl;

/**
 * The two Firecrawl API versions the compatibility layer speaks. They differ only where Firecrawl's
 * own versions differ: v2 also takes {@code formats} as {@code {"type": ...}} objects, and its
 * {@code ignoreInvalidURLs} defaults to true where v1's defaults to false.
 */
public enum FirecrawlVersion {
  V1("/v1", false, false),
  V2("/v2", true, true);

  private final String prefix;
  private final boolean formatObjects;
  private final boolean ignoreInvalidUrlsByDefault;

  FirecrawlVersion(String prefix, boolean formatObjects, boolean ignoreInvalidUrlsByDefault) {
    this.prefix = prefix;
    this.formatObjects = formatObjects;
    this.ignoreInvalidUrlsByDefault = ignoreInvalidUrlsByDefault;
  }

  /** The path prefix of this version's endpoints, e.g. {@code /v2}. */
  public String prefix() {
    return prefix;
  }

  /** Whether {@code formats} entries may be objects with a {@code type}. */
  public boolean acceptsFormatObjects() {
    return formatObjects;
  }

  /** Firecrawl's default for {@code ignoreInvalidURLs} in this version. */
  public boolean ignoresInvalidUrlsByDefault() {
    return ignoreInvalidUrlsByDefault;
  }
}
