package dev.assistcodegen.architecture.canary.writer;

import io.swagger.v3.oas.models.media.Schema;

/** A writer that takes a swagger-parser type: ArchitectureTest's canary for types leaking past the loader. */
public final class ParserLeak {
  private ParserLeak() {}

  public static String type(Schema<?> schema) {
    return schema.getType();
  }
}
