package dev.assistcodegen.postman;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Short fingerprints of text: the first 48 bits of its SHA-256, as 12 hex digits. */
public final class Fingerprints {
  private Fingerprints() {}

  /** 12 lower-case hex digits; the same text gives the same fingerprint on every machine. */
  public static String of(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
