package dev.assistcodegen.examples;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Makes a string that matches a regular expression, for the common shapes specs use:
 * literals, escapes ({@code \d \w \s}, boundaries such as {@code \b}), character classes with ranges and negation, groups,
 * alternation, anchors and quantifiers. Every result is checked with {@link Pattern}; an
 * expression outside that subset gives no result rather than a wrong one.
 */
final class PatternStrings {
  private static final String NOT_IN_CLASS_CANDIDATES = "aA0_-x.Z9 ";

  private final String regex;
  private int pos;

  private PatternStrings(String regex) {
    this.regex = regex;
  }

  /** A string that {@code regex} finds a match in, with a length within [minLength, maxLength]. */
  static Optional<String> matching(String regex, Integer minLength, Integer maxLength) {
    Pattern compiled;
    Node tree;
    try {
      compiled = Pattern.compile(regex);
      PatternStrings parser = new PatternStrings(regex);
      tree = parser.alternation();
      if (parser.pos != regex.length()) {
        return Optional.empty();
      }
    } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
      return Optional.empty();
    }
    // repeat open-ended quantifiers a little more each round until the length fits
    for (int extra = 0; extra <= 64; extra = extra == 0 ? 1 : extra * 2) {
      StringBuilder out = new StringBuilder();
      tree.emit(out, extra);
      String value = out.toString();
      int length = value.codePointCount(0, value.length());
      if (maxLength != null && length > maxLength) {
        return Optional.empty();
      }
      if ((minLength == null || length >= minLength) && compiled.matcher(value).find()) {
        return Optional.of(value);
      }
      if (minLength == null || !compiled.matcher(value).find()) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  private interface Node {
    void emit(StringBuilder out, int extra);
  }

  private Node alternation() {
    Node first = sequence();
    // the first alternative is as good as any
    while (pos < regex.length() && regex.charAt(pos) == '|') {
      pos++;
      sequence();
    }
    return first;
  }

  private Node sequence() {
    List<Node> parts = new ArrayList<>();
    while (pos < regex.length() && regex.charAt(pos) != '|' && regex.charAt(pos) != ')') {
      Node atom = atom();
      parts.add(quantified(atom));
    }
    return (out, extra) -> parts.forEach(p -> p.emit(out, extra));
  }

  private Node atom() {
    char c = regex.charAt(pos++);
    switch (c) {
      case '^', '$' -> {
        return (out, extra) -> { };
      }
      case '.' -> {
        return literal("a");
      }
      case '(' -> {
        if (regex.startsWith("?:", pos)) {
          pos += 2;
        } else if (regex.startsWith("?<", pos) && pos + 2 < regex.length()
            && regex.charAt(pos + 2) != '=' && regex.charAt(pos + 2) != '!') {
          int close = regex.indexOf('>', pos);
          pos = close + 1;
        } else if (regex.startsWith("?", pos)) {
          throw new IllegalArgumentException("lookaround or flags");
        }
        Node inner = alternation();
        expect(')');
        return inner;
      }
      case '[' -> {
        return characterClass();
      }
      case '\\' -> {
        return escape();
      }
      default -> {
        if ("*+?{".indexOf(c) >= 0) {
          throw new IllegalArgumentException("dangling quantifier");
        }
        return literal(String.valueOf(c));
      }
    }
  }

  private Node escape() {
    char c = regex.charAt(pos++);
    return switch (c) {
      case 'd' -> literal("1");
      case 'D', 'W' -> literal("-");
      case 'w' -> literal("a");
      case 's' -> literal(" ");
      case 'S' -> literal("a");
      // zero-width: nothing to write; the final check with Pattern says whether what is around holds them
      case 'b', 'B', 'A', 'z', 'Z' -> (out, extra) -> { };
      case 'n' -> literal("\n");
      case 't' -> literal("\t");
      case 'u' -> {
        String hex = regex.substring(pos, pos + 4);
        pos += 4;
        yield literal(String.valueOf((char) Integer.parseInt(hex, 16)));
      }
      case 'x' -> {
        String hex = regex.substring(pos, pos + 2);
        pos += 2;
        yield literal(String.valueOf((char) Integer.parseInt(hex, 16)));
      }
      default -> {
        if (Character.isLetterOrDigit(c)) {
          throw new IllegalArgumentException("unsupported escape \\" + c);
        }
        yield literal(String.valueOf(c));
      }
    };
  }

  /** A character class: the first member that the class (checked by Pattern) accepts. */
  private Node characterClass() {
    int start = pos - 1;
    int depth = 1;
    while (depth > 0) {
      char c = regex.charAt(pos++);
      if (c == '\\') {
        pos++;
      } else if (c == '[') {
        depth++;
      } else if (c == ']' && pos - 1 > start + 1 && !(pos - 2 == start + 1 && regex.charAt(start + 1) == '^')) {
        depth--;
      }
    }
    Pattern cls = Pattern.compile(regex.substring(start, pos));
    List<String> candidates = new ArrayList<>();
    String body = regex.substring(start + 1, pos - 1);
    if (!body.startsWith("^")) {
      // prefer a member written in the class: the start of its first range or its first literal
      int i = 0;
      if (body.charAt(0) == '\\' && body.length() > 1) {
        char e = body.charAt(1);
        candidates.add(switch (e) {
          case 'd' -> "1";
          case 'w' -> "a";
          case 's' -> " ";
          default -> String.valueOf(e);
        });
      } else {
        candidates.add(String.valueOf(body.charAt(i)));
      }
    }
    for (char c : NOT_IN_CLASS_CANDIDATES.toCharArray()) {
      candidates.add(String.valueOf(c));
    }
    for (String candidate : candidates) {
      if (cls.matcher(candidate).matches()) {
        return literal(candidate);
      }
    }
    for (char c = 0x21; c < 0x7f; c++) {
      if (cls.matcher(String.valueOf(c)).matches()) {
        return literal(String.valueOf(c));
      }
    }
    throw new IllegalArgumentException("empty class");
  }

  private Node quantified(Node atom) {
    if (pos >= regex.length()) {
      return atom;
    }
    char c = regex.charAt(pos);
    int min;
    int max;
    switch (c) {
      case '?' -> { min = 0; max = 1; pos++; }
      case '*' -> { min = 0; max = Integer.MAX_VALUE; pos++; }
      case '+' -> { min = 1; max = Integer.MAX_VALUE; pos++; }
      case '{' -> {
        int close = regex.indexOf('}', pos);
        String[] bounds = regex.substring(pos + 1, close).split(",", -1);
        min = Integer.parseInt(bounds[0].strip());
        max = bounds.length == 1 ? min : bounds[1].isBlank() ? Integer.MAX_VALUE : Integer.parseInt(bounds[1].strip());
        pos = close + 1;
      }
      default -> { return atom; }
    }
    if (pos < regex.length() && (regex.charAt(pos) == '?' || regex.charAt(pos) == '+')) {
      pos++; // lazy or possessive: same strings
    }
    int low = min;
    int high = max;
    return (out, extra) -> {
      int times = (int) Math.min((long) high, (long) Math.max(low, 1) + extra - (low == 0 && extra == 0 ? 1 : 0));
      times = Math.max(low, times);
      for (int i = 0; i < times; i++) {
        atom.emit(out, extra);
      }
    };
  }

  private void expect(char c) {
    if (pos >= regex.length() || regex.charAt(pos) != c) {
      throw new IllegalArgumentException("expected " + c);
    }
    pos++;
  }

  private static Node literal(String s) {
    return (out, extra) -> out.append(s);
  }
}
