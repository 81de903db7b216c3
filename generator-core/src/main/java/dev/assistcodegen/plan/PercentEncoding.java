package dev.assistcodegen.plan;

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
   * A path variable's value for Postman and Newman, which encode only part of what a path segment
   * cannot hold (they leave '/', '%', '>', '[', ... as they are and turn '\\' into '/'): every ASCII
   * character outside RFC 3986's pchar is percent-encoded here, so a '/' in a value stays inside its
   * segment (RFC 6570 simple expansion, as {@link #pathSegment} does for snippets) and
   * {@code {{name}}} is not read as a variable. Non-ASCII text stays readable: Postman encodes it.
   */
  public static String pathVariableValue(String value) {
    StringBuilder out = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c >= 0x80 || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
          || "-._~!$&'()*+,;=:@".indexOf(c) >= 0) {
        out.append(c);
      } else {
        appendEscaped(out, c);
      }
    }
    return out.toString();
  }

  /** A name or value of a form-encoded body: only RFC 3986's unreserved characters stay. */
  public static String formComponent(String value) {
    return encode(value, "-._~");
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
        appendEscaped(out, c);
      }
    }
    return out.toString();
  }

  /** Appends {@code %XX} for one byte (upper-case hex, as RFC 3986 recommends). */
  private static void appendEscaped(StringBuilder out, int b) {
    out.append('%').append(Character.toUpperCase(Character.forDigit(b >> 4, 16)))
        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
  }
}
