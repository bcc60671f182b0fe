package io.scrapeline.k8s;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the keys of {@code @ConfigMapping} interfaces and {@code @ConfigProperty} injections from
 * Java source text, the way SmallRye Config names them: method names in kebab case under the
 * mapping's prefix, nested interfaces as groups, {@code @WithName} and {@code @WithParentName}
 * honoured, {@code Map} members as any key.
 */
final class ConfigMappingSource {

  private static final Pattern MAPPING =
      Pattern.compile(
          "@ConfigMapping\\s*\\(\\s*prefix\\s*=\\s*\"([^\"]*)\"[^)]*\\)[^{;]*?interface\\s+(\\w+)");
  private static final Pattern INTERFACE = Pattern.compile("\\binterface\\s+(\\w+)[^{;]*\\{");
  private static final Pattern METHOD =
      Pattern.compile(
          "^(.*?)([\\w.]+(?:\\s*<.*>)?(?:\\[\\])?)\\s+(\\w+)\\s*\\(\\s*\\)$", Pattern.DOTALL);
  private static final Pattern WITH_NAME = Pattern.compile("@WithName\\s*\\(\\s*\"([^\"]*)\"");
  private static final Pattern WITH_DEFAULT =
      Pattern.compile("@WithDefault\\s*\\(\\s*\"([^\"]*)\"");
  private static final Pattern CONFIG_PROPERTY =
      Pattern.compile(
          "@ConfigProperty\\s*\\(([^)]*)\\)\\s*(?:final\\s+)?([\\w.]+(?:\\s*<[^>]*(?:<[^>]*>)?[^>]*>)?)\\s+\\w+");
  private static final Pattern NAME_ATTRIBUTE = Pattern.compile("\\bname\\s*=\\s*\"([^\"]+)\"");
  private static final Pattern DEFAULT_ATTRIBUTE =
      Pattern.compile("defaultValue\\s*=\\s*\"([^\"]*)\"");

  private ConfigMappingSource() {}

  /** Every key declared in {@code source} (one Java compilation unit). */
  static List<ConfigKey> keys(String source, String origin) {
    String code = stripCommentsAndStrings(source);
    List<ConfigKey> keys = new ArrayList<>();
    Map<String, String> interfaces = interfaceBodies(code);
    Matcher mapping = MAPPING.matcher(code);
    while (mapping.find()) {
      String body = interfaces.get(mapping.group(2));
      if (body != null) {
        collect(mapping.group(1), body, interfaces, origin, keys, 0);
      }
    }
    Matcher property = CONFIG_PROPERTY.matcher(code);
    while (property.find()) {
      Matcher name = NAME_ATTRIBUTE.matcher(property.group(1));
      if (name.find()) {
        Matcher defaultValue = DEFAULT_ATTRIBUTE.matcher(property.group(1));
        keys.add(
            new ConfigKey(
                name.group(1),
                property.group(2).startsWith("Optional"),
                defaultValue.find() ? defaultValue.group(1) : null,
                origin));
      }
    }
    return keys;
  }

  private static void collect(
      String prefix,
      String body,
      Map<String, String> interfaces,
      String origin,
      List<ConfigKey> keys,
      int depth) {
    if (depth > 10) {
      throw new AssertionError("config groups nested too deep in " + origin);
    }
    for (String member : topLevelStatements(body)) {
      Matcher method = METHOD.matcher(member.trim());
      if (!method.matches() || method.group(1).contains("default ")) {
        continue;
      }
      String annotations = method.group(1);
      String type = method.group(2).replaceAll("\\s+", "");
      Matcher withName = WITH_NAME.matcher(annotations);
      String name = withName.find() ? withName.group(1) : kebab(method.group(3));
      String key = annotations.contains("@WithParentName") ? prefix : join(prefix, name);
      boolean optional = type.startsWith("Optional");
      Matcher withDefault = WITH_DEFAULT.matcher(annotations);
      String defaultValue = withDefault.find() ? withDefault.group(1) : null;
      String element = unwrap(type);
      if (type.startsWith("Map<")) {
        String valueType = element.substring(element.indexOf(',') + 1);
        if (interfaces.containsKey(valueType)) {
          collect(key + ".*", interfaces.get(valueType), interfaces, origin, keys, depth + 1);
        } else {
          keys.add(new ConfigKey(key + ".*", true, null, origin));
        }
      } else if (interfaces.containsKey(element)) {
        collect(key, interfaces.get(element), interfaces, origin, keys, depth + 1);
      } else {
        keys.add(new ConfigKey(key, optional, defaultValue, origin));
      }
    }
  }

  /** The type inside Optional, List, Set or Map wrappers: Map yields "K,V". */
  private static String unwrap(String type) {
    String inner = type;
    while (inner.matches("(Optional|List|Set|Map)<.*>")) {
      inner = inner.substring(inner.indexOf('<') + 1, inner.length() - 1);
    }
    return inner;
  }

  private static String join(String prefix, String name) {
    return prefix.isEmpty() ? name : prefix + "." + name;
  }

  /** SmallRye's default naming: {@code maxUrlsPerBatch} → {@code max-urls-per-batch}. */
  static String kebab(String methodName) {
    return methodName.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
  }

  /** The body (between braces) of every interface in the file, nested ones included. */
  private static Map<String, String> interfaceBodies(String code) {
    Map<String, String> bodies = new HashMap<>();
    Matcher declaration = INTERFACE.matcher(code);
    while (declaration.find()) {
      int open = declaration.end() - 1;
      int close = matchingBrace(code, open);
      bodies.put(declaration.group(1), code.substring(open + 1, close));
    }
    return bodies;
  }

  /** The statements directly in {@code body}: nested blocks are skipped whole. */
  private static List<String> topLevelStatements(String body) {
    List<String> statements = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int depth = 0;
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}') {
        depth--;
        if (depth == 0) {
          current.setLength(0);
        }
      } else if (depth == 0) {
        if (c == ';') {
          statements.add(current.toString());
          current.setLength(0);
        } else {
          current.append(c);
        }
      }
    }
    return statements;
  }

  private static int matchingBrace(String code, int open) {
    int depth = 0;
    for (int i = open; i < code.length(); i++) {
      if (code.charAt(i) == '{') {
        depth++;
      } else if (code.charAt(i) == '}' && --depth == 0) {
        return i;
      }
    }
    throw new AssertionError("unbalanced braces in Java source");
  }

  /**
   * Removes comments and hides braces and semicolons inside string literals, so that the structure
   * can be read by counting braces. Annotation string values stay readable.
   */
  static String stripCommentsAndStrings(String source) {
    StringBuilder out = new StringBuilder(source.length());
    int i = 0;
    while (i < source.length()) {
      char c = source.charAt(i);
      if (source.startsWith("//", i)) {
        int end = source.indexOf('\n', i);
        i = end < 0 ? source.length() : end;
      } else if (source.startsWith("/*", i)) {
        int end = source.indexOf("*/", i + 2);
        i = end < 0 ? source.length() : end + 2;
        out.append(' ');
      } else if (source.startsWith("\"\"\"", i)) {
        int end = source.indexOf("\"\"\"", i + 3);
        i = end < 0 ? source.length() : end + 3;
        out.append("\"\"");
      } else if (c == '"' || c == '\'') {
        out.append(c);
        i++;
        while (i < source.length() && source.charAt(i) != c) {
          char inside = source.charAt(i);
          if (inside == '\\' && i + 1 < source.length()) {
            out.append(inside).append(source.charAt(i + 1));
            i += 2;
            continue;
          }
          out.append(inside == '{' || inside == '}' || inside == ';' ? ' ' : inside);
          i++;
        }
        if (i < source.length()) {
          out.append(c);
          i++;
        }
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }
}
