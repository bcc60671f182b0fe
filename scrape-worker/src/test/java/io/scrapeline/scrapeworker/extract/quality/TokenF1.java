package io.scrapeline.scrapeworker.extract.quality;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Token precision, recall and F1 of an extraction against a reference: both sides are cut into
 * lowercase words of Unicode letters and digits, and compared as bags (a word counts as often as it
 * occurs on both sides).
 *
 * @param precision share of the extracted words that the reference has
 * @param recall share of the reference words that were extracted
 * @param f1 harmonic mean of the two
 */
public record TokenF1(double precision, double recall, double f1) {

  public static TokenF1 of(String extracted, String reference) {
    Map<String, Integer> expected = bag(tokens(reference));
    List<String> got = tokens(extracted);
    int matched = 0;
    for (String token : got) {
      Integer left = expected.get(token);
      if (left != null && left > 0) {
        matched++;
        expected.put(token, left - 1);
      }
    }
    int referenceSize = tokens(reference).size();
    double precision = got.isEmpty() ? 0 : (double) matched / got.size();
    double recall = referenceSize == 0 ? 0 : (double) matched / referenceSize;
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return new TokenF1(precision, recall, f1);
  }

  /** Lowercase runs of letters and digits, after NFC normalisation. */
  public static List<String> tokens(String text) {
    String normalized = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    List<String> tokens = new ArrayList<>();
    int start = -1;
    for (int i = 0; i < normalized.length(); ) {
      int codePoint = normalized.codePointAt(i);
      boolean word = Character.isLetterOrDigit(codePoint);
      if (word && start < 0) {
        start = i;
      } else if (!word && start >= 0) {
        tokens.add(normalized.substring(start, i));
        start = -1;
      }
      i += Character.charCount(codePoint);
    }
    if (start >= 0) {
      tokens.add(normalized.substring(start));
    }
    return tokens;
  }

  private static Map<String, Integer> bag(List<String> tokens) {
    Map<String, Integer> bag = new HashMap<>();
    for (String token : tokens) {
      bag.merge(token, 1, Integer::sum);
    }
    return bag;
  }
}
