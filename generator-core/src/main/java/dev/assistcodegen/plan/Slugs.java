package dev.assistcodegen.plan;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** File-name-safe slugs: lower case ASCII letters, digits and single hyphens, bounded in length. */
public final class Slugs {
  private static final int MAX = 80;
  private static final Pattern WINDOWS_RESERVED =
      Pattern.compile("con|prn|aux|nul|com[0-9]|lpt[0-9]");

  private Slugs() {}

  public static String of(String text, String fallback) {
    String ascii = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (slug.length() > MAX) {
      slug = slug.substring(0, MAX).replaceAll("-+$", "");
    }
    if (WINDOWS_RESERVED.matcher(slug).matches()) {
      slug = slug + "-api"; // "con.postman_collection.json" cannot be created on Windows
    }
    return slug.isEmpty() ? fallback : slug;
  }
}
