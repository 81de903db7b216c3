package dev.assistcodegen.request;

import java.nio.charset.StandardCharsets;

/** RFC 3986 percent-encoding for path segments and query components. */
public final class PercentEncoding {
  private PercentEncoding() {}

  public static String pathSegment(String value) {
    return encode(value, "-._~!$&'()*+,;=:@");
  }

  /**
   * A literal piece of a path template as a URL needs it: '/' and the characters RFC 3986 allows
   * in a path stay, a valid {@code %XX} triple is taken as already encoded, anything else (a space,
   * quotes, angle brackets, a lone '%', non-ASCII) is percent-encoded.
   */
  public static String pathLiteral(String value) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < value.length()) {
      int next = value.indexOf('%', i);
      int end = next < 0 ? value.length() : next;
      out.append(encode(value.substring(i, end), "-._~!$&'()*+,;=:@/"));
      if (next < 0) {
        break;
      }
      if (next + 2 < value.length() && isHex(value.charAt(next + 1)) && isHex(value.charAt(next + 2))) {
        out.append(value, next, next + 3);
        i = next + 3;
      } else {
        out.append("%25");
        i = next + 1;
      }
    }
    return out.toString();
  }

  private static boolean isHex(char c) {
    return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
  }

  /**
   * A query key or value for a Postman collection: like {@link #query} but '[', ']' and '|' stay
   * readable (deepObject keys, pipe-delimited values), which Postman sends as they are. Everything
   * its own encoder would let through differently ('%', '+', '&', '=', '#', non-ASCII) or
   * substitute ('{{') is encoded, so Postman sends what the snippets send.
   */
  public static String postmanQuery(String value) {
    return encode(value, "-._~!$'()*,;:@/?[]|");
  }

  /**
   * A path variable's value for a client that itself encodes only what a URL cannot hold (Postman
   * and Newman leave '/' and '%' as they are): '%' and '/' percent-encoded, the rest left to the
   * client. A '/' in a value stays inside its segment, as RFC 6570 simple expansion (OpenAPI's
   * path style "simple") requires and {@link #pathSegment} does for snippets. Also encoded: '\'
   * (Newman sends it as '/'), '?' and '#' (they would end the path) and '{', '}' (Postman would
   * read {@code {{name}}} as a variable).
   */
  public static String pathVariableValue(String value) {
    StringBuilder out = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '%' -> out.append("%25");
        case '/' -> out.append("%2F");
        case '\\' -> out.append("%5C");
        case '?' -> out.append("%3F");
        case '#' -> out.append("%23");
        case '{' -> out.append("%7B");
        case '}' -> out.append("%7D");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  public static String query(String value) {
    return encode(value, "-._~!$'()*,;:@/?");
  }

  private static String encode(String value, String safe) {
    StringBuilder out = new StringBuilder();
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || safe.indexOf(c) >= 0 && c < 128) {
        out.append((char) c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return out.toString();
  }
}
