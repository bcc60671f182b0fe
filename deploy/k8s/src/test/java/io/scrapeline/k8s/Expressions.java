package io.scrapeline.k8s;

import java.util.ArrayList;
import java.util.List;

/** The {@code ${NAME:default}} expressions of property values (SmallRye Config syntax). */
final class Expressions {

  /**
   * One expression of a property value that names an environment variable.
   *
   * @param property the property whose value holds the expression
   * @param variable the referenced name, e.g. {@code SCRAPELINE_API_KEYS}
   * @param defaultValue the text after {@code :}, or {@code null} when there is none
   * @param whole whether the expression is the property's whole value
   */
  record Reference(String property, String variable, String defaultValue, boolean whole) {}

  private Expressions() {}

  /** Every reference to an environment-style name (upper case, digits, underscores). */
  static List<Reference> references(String property, String value) {
    List<Reference> references = new ArrayList<>();
    collect(property, value, value, references);
    return references;
  }

  private static void collect(
      String property, String value, String text, List<Reference> references) {
    int start = text.indexOf("${");
    while (start >= 0) {
      int end = closing(text, start + 2);
      if (end < 0) {
        return;
      }
      String inside = text.substring(start + 2, end);
      int colon = separator(inside);
      String name = colon < 0 ? inside : inside.substring(0, colon);
      String defaultValue = colon < 0 ? null : inside.substring(colon + 1);
      if (name.matches("[A-Z][A-Z0-9_]*")) {
        boolean whole = start == 0 && end == text.length() - 1 && text.equals(value);
        references.add(new Reference(property, name, defaultValue, whole));
      }
      if (defaultValue != null) {
        collect(property, value, defaultValue, references);
      }
      start = text.indexOf("${", end + 1);
    }
  }

  /** The index of the brace closing the expression whose content starts at {@code from}. */
  private static int closing(String text, int from) {
    int depth = 1;
    for (int i = from; i < text.length(); i++) {
      if (text.startsWith("${", i)) {
        depth++;
        i++;
      } else if (text.charAt(i) == '}' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  /** The first {@code :} outside nested expressions. */
  private static int separator(String inside) {
    int depth = 0;
    for (int i = 0; i < inside.length(); i++) {
      if (inside.startsWith("${", i)) {
        depth++;
        i++;
      } else if (inside.charAt(i) == '}') {
        depth--;
      } else if (inside.charAt(i) == ':' && depth == 0) {
        return i;
      }
    }
    return -1;
  }
}
