package dev.assistcodegen.examples;

import io.swagger.v3.oas.models.media.Schema;
import java.nio.charset.StandardCharsets;

/** What a spec says about the content of a file it uploads: its own example text, and whether it travels as base64. */
public final class FileContent {
  private FileContent() {}

  /**
   * A file schema's own example as text (3.0 {@code example}, else the first of 3.1 {@code examples}),
   * or null when it has none.
   */
  public static String declared(Schema<?> schema) {
    if (schema == null) {
      return null;
    }
    String text = text(schema.getExample());
    return text != null || schema.getExamples() == null || schema.getExamples().isEmpty() ? text
        : text(schema.getExamples().get(0));
  }

  /**
   * An example of file content as the spec wrote it: swagger-parser turns the example of a
   * {@code format: binary} schema into its bytes, which are the spec's text again. Null for no
   * example, or one that is no text.
   */
  public static String text(Object example) {
    if (example instanceof byte[] bytes) {
      return new String(bytes, StandardCharsets.UTF_8);
    }
    return example instanceof String text && !text.isEmpty() ? text : null;
  }

  /** True when a string schema says its content is base64 text (format byte or base64, contentEncoding base64). */
  public static boolean base64(Schema<?> schema) {
    return schema != null && ("byte".equals(schema.getFormat()) || "base64".equals(schema.getFormat())
        || "base64".equalsIgnoreCase(schema.getContentEncoding()));
  }
}
