package dev.assistcodegen.reference;

import java.util.Objects;

/**
 * One snippet of a request, as the snippet writer wrote it: its language, the file (relative to the
 * output directory) and the bytes of the file (UTF-8; shared with the file, never changed).
 */
public record Code(String languageId, String languageName, String path, byte[] utf8) {
  public Code {
    Objects.requireNonNull(languageId, "languageId == null");
    Objects.requireNonNull(languageName, "languageName == null");
    Objects.requireNonNull(path, "path == null");
    Objects.requireNonNull(utf8, "utf8 == null");
  }
}
