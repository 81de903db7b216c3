package dev.assistcodegen.model;

import java.util.Locale;

/** Media type tests used across the pipeline. */
public final class MediaTypes {
  private MediaTypes() {}

  private static String base(String mediaType) {
    int semi = mediaType.indexOf(';');
    return (semi < 0 ? mediaType : mediaType.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
  }

  public static boolean isJson(String mediaType) {
    String b = base(mediaType);
    return b.equals("application/json") || b.endsWith("+json")
        || b.equals("text/json");
  }

  public static boolean isUrlEncoded(String mediaType) {
    return base(mediaType).equals("application/x-www-form-urlencoded");
  }

  public static boolean isMultipart(String mediaType) {
    return base(mediaType).startsWith("multipart/");
  }

  public static boolean isXml(String mediaType) {
    String b = base(mediaType);
    return b.endsWith("/xml") || b.endsWith("+xml");
  }

  public static boolean isText(String mediaType) {
    return base(mediaType).startsWith("text/");
  }

  /**
   * True for media types whose body is a file's bytes: {@code application/octet-stream},
   * {@code image/*}, {@code audio/*}, {@code video/*}, PDF and ZIP.
   */
  public static boolean isFile(String mediaType) {
    String b = base(mediaType);
    return b.equals("application/octet-stream") || b.startsWith("image/") || b.startsWith("audio/")
        || b.startsWith("video/") || b.equals("application/pdf") || b.equals("application/zip");
  }
}
