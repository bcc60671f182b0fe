package io.scrapeline.sitemapworker.parse;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Parses one sitemap document with crawler-commons: XML urlset, sitemap index, plain text, RSS and
 * Atom, gzipped or not. It takes bytes and does no I/O; DTDs are refused so external entities and
 * entity expansion never happen, and malformed XML is an error rather than a partial sitemap.
 *
 * <p>Lenient by default ({@code strict=false}): sitemaps in the wild often list URLs outside their
 * own directory (CDN-hosted sitemaps, sitemaps at the root of a subdomain); the protocol's rule
 * would drop those pages silently.
 */
public final class SitemapDocumentParser {

  private static final int GZIP_MAGIC_1 = 0x1f;
  private static final int GZIP_MAGIC_2 = 0x8b;

  private final long maxDecodedBytes;
  private final boolean strict;

  /**
   * @param maxDecodedBytes most bytes a sitemap may have once decompressed; crawler-commons
   *     declares such a cap but does not enforce it
   * @param strict drop URLs outside the sitemap's directory, as the sitemaps protocol says
   */
  public SitemapDocumentParser(long maxDecodedBytes, boolean strict) {
    this.maxDecodedBytes = maxDecodedBytes;
    this.strict = strict;
  }

  public ParsedSitemap parse(String url, String contentType, byte[] body)
      throws SitemapParseException {
    byte[] content = body;
    String type = contentType == null ? "" : contentType.toLowerCase(java.util.Locale.ROOT);
    if (isGzip(body)) {
      content = gunzip(body);
      type = "application/xml";
    } else if (type.contains("gzip") || url.toLowerCase(java.util.Locale.ROOT).endsWith(".gz")) {
      // A .gz the HTTP client already decoded (Content-Encoding: gzip): the bytes are the document
      // itself.
      type = looksLikeXml(body) ? "application/xml" : "text/plain";
    }
    if (content.length > maxDecodedBytes) {
      throw SitemapParseException.tooLarge(maxDecodedBytes, "");
    }
    try {
      // No partial sitemaps: a truncated or broken document fails rather than passing off its
      // first links as all of them.
      SiteMapParser parser = new SiteMapParser(strict, false);
      parser.setAllowDocTypeDefinitions(false);
      AbstractSiteMap sitemap =
          parser.parseSiteMap(type.isEmpty() ? null : type, content, toUrl(url));
      return describe(sitemap);
    } catch (UnknownFormatException e) {
      throw new SitemapParseException("not a sitemap: " + e.getMessage(), e);
    } catch (IOException | RuntimeException e) {
      throw new SitemapParseException("malformed sitemap: " + e.getMessage(), e);
    }
  }

  private static ParsedSitemap describe(AbstractSiteMap sitemap) {
    if (sitemap instanceof SiteMapIndex index) {
      List<String> children = new ArrayList<>();
      for (AbstractSiteMap child : index.getSitemaps()) {
        children.add(child.getUrl().toString());
      }
      return new ParsedSitemap.Index(children);
    }
    List<String> links = new ArrayList<>();
    for (SiteMapURL entry : ((SiteMap) sitemap).getSiteMapUrls()) {
      links.add(entry.getUrl().toString());
    }
    return new ParsedSitemap.Links(links);
  }

  private byte[] gunzip(byte[] body) throws SitemapParseException {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
      ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(body.length * 4, 1 << 20));
      byte[] buffer = new byte[64 * 1024];
      long total = 0;
      for (int read; (read = in.read(buffer)) != -1; ) {
        total += read;
        if (total > maxDecodedBytes) {
          throw SitemapParseException.tooLarge(maxDecodedBytes, " once decompressed");
        }
        out.write(buffer, 0, read);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new SitemapParseException("corrupt gzip: " + e.getMessage(), e);
    }
  }

  private static boolean isGzip(byte[] body) {
    return body.length > 2 && (body[0] & 0xff) == GZIP_MAGIC_1 && (body[1] & 0xff) == GZIP_MAGIC_2;
  }

  private static boolean looksLikeXml(byte[] body) {
    for (byte b : body) {
      if (!Character.isWhitespace(b) && b != (byte) 0xEF && b != (byte) 0xBB && b != (byte) 0xBF) {
        return b == '<';
      }
    }
    return false;
  }

  private static URL toUrl(String url) throws SitemapParseException {
    try {
      return URI.create(url).toURL();
    } catch (MalformedURLException | IllegalArgumentException e) {
      throw new SitemapParseException("invalid sitemap URL: " + url, e);
    }
  }
}
