package dev.assistcodegen.request;

import java.nio.charset.StandardCharsets;

/** RFC 3986 percent-encoding for path segments and query components. */
public final class PercentEncoding {
  private PercentEncoding() {}

  public static String pathSegment(String value) {
    return encode(value, "-._~!$&'()*+,;=:@");
  }

  /**
   * A path variable's value for a client that itself encodes only what a URL cannot hold (Postman
   * and Newman leave '/' and '%' as they are): '%' and '/' percent-encoded, the rest left to the
   * client. A '/' in a value stays inside its segment, as RFC 6570 simple expansion (OpenAPI's
   * path style "simple") requires and {@link #pathSegment} does for snippets.
   */
  public static String pathVariableValue(String value) {
    return value.replace("%", "%25").replace("/", "%2F");
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
