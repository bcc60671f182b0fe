package io.scrapeline.scrapeworker.extract.quality;

import java.util.regex.Pattern;

/**
 * The reader's text of GitHub-flavoured Markdown: link and image targets, autolinks and the info
 * strings of code fences go; the words of link texts, image alt texts, code and tables stay.
 * Punctuation (heading marks, emphasis, pipes, bullets) needs no stripping: the tokenizer of {@link
 * TokenF1} ignores it.
 */
public final class MarkdownText {

  /** The target of an inline link or image: {@code ](https://...)} with an optional title. */
  private static final Pattern LINK_TARGET =
      Pattern.compile("\\]\\((?:[^()\\s]|\\([^()\\s]*\\))*(?:\\s+\"[^\"]*\")?\\)");

  private static final Pattern AUTOLINK = Pattern.compile("<(?:https?|mailto):[^>\\s]*>");

  private static final Pattern FENCE_INFO = Pattern.compile("(?m)^(\\s*)(```|~~~)[^\\n]*$");

  private static final Pattern REFERENCE_DEFINITION =
      Pattern.compile("(?m)^\\s*\\[[^\\]]+\\]:\\s*\\S+.*$");

  private MarkdownText() {}

  public static String of(String markdown) {
    String text = LINK_TARGET.matcher(markdown).replaceAll("] ");
    text = AUTOLINK.matcher(text).replaceAll(" ");
    text = FENCE_INFO.matcher(text).replaceAll("$1");
    return REFERENCE_DEFINITION.matcher(text).replaceAll("");
  }
}
