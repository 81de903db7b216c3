package dev.assistcodegen.plan;

import java.nio.charset.StandardCharsets;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A path key as a URL reads it. Specs write more than a path into the key: a fragment
 * ({@code /channels/{arn}/channel-flow#x-amz-chime-bearer}, {@code /#X-Amz-Target=DynamoDB.GetItem}:
 * every AWS spec of the APIs-guru directory tells operations apart this way) and query text
 * ({@code /rest?method=flickr.test.echo}, {@code /alerts?lat={lat}&lon={lon}}). A fragment is never
 * sent to a server, so it is only kept to tell requests apart; query text becomes query pairs.
 *
 * @param path the path, without query text and fragment
 * @param query the pairs written after '?', in order; names and values are decoded and may hold
 *     {@code {name}} templates
 * @param fragment the text after '#' ("" when none)
 */
public record PathKey(String path, List<Pair> query, String fragment) {
  private static final Pattern TEMPLATE = Pattern.compile("\\{([^{}]+)}");

  /** One {@code name=value} of the key's query text; a bare {@code name} has an empty value. */
  public record Pair(String name, String value) {
    public Pair {
      Objects.requireNonNull(name, "name == null");
      Objects.requireNonNull(value, "value == null");
    }

    /** The parameter names its templates refer to, name first. */
    public List<String> templates() {
      List<String> out = new ArrayList<>(PathKey.templates(name));
      out.addAll(PathKey.templates(value));
      return out;
    }
  }

  public PathKey {
    Objects.requireNonNull(path, "path == null");
    query = List.copyOf(Objects.requireNonNull(query, "query == null"));
    Objects.requireNonNull(fragment, "fragment == null");
  }

  /** Splits a path key at its first '#' (the fragment), then at the first '?' (the query text). */
  public static PathKey of(String key) {
    int hash = key.indexOf('#');
    String beforeFragment = hash < 0 ? key : key.substring(0, hash);
    String fragment = hash < 0 ? "" : key.substring(hash + 1);
    int question = beforeFragment.indexOf('?');
    if (question < 0) {
      return new PathKey(beforeFragment, List.of(), fragment);
    }
    List<Pair> pairs = new ArrayList<>();
    for (String pair : beforeFragment.substring(question + 1).split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      pairs.add(eq < 0 ? new Pair(decode(pair), "") : new Pair(decode(pair.substring(0, eq)),
          decode(pair.substring(eq + 1))));
    }
    return new PathKey(beforeFragment.substring(0, question), pairs, fragment);
  }

  /** The path of {@code key} alone (what a folder by path segment or a server sees). */
  public static String pathOf(String key) {
    return of(key).path();
  }

  /** Every parameter name the query text's templates refer to. */
  public List<String> queryTemplates() {
    List<String> out = new ArrayList<>();
    query.forEach(p -> out.addAll(p.templates()));
    return out;
  }

  /** The names inside {@code {...}} in {@code text}, in order. */
  static List<String> templates(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = TEMPLATE.matcher(text);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  /** {@code text} with every {@code {name}} replaced by {@code valueOf.apply(name)}. */
  static String fill(String text, java.util.function.UnaryOperator<String> valueOf) {
    Matcher m = TEMPLATE.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(valueOf.apply(m.group(1))));
    }
    m.appendTail(out);
    return out.toString();
  }

  /**
   * Decodes {@code %XX} triples (UTF-8), so the pair is encoded once, like every other query value;
   * '+' and a '%' that starts no triple stay as written.
   */
  private static String decode(String text) {
    if (text.indexOf('%') < 0) {
      return text;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    byte[] raw = text.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < raw.length; i++) {
      if (raw[i] == '%' && i + 2 < raw.length && hex(raw[i + 1]) >= 0 && hex(raw[i + 2]) >= 0) {
        bytes.write(hex(raw[i + 1]) * 16 + hex(raw[i + 2]));
        i += 2;
      } else {
        bytes.write(raw[i]);
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static int hex(byte b) {
    return Character.digit(b, 16);
  }
}
