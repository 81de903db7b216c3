package dev.assistcodegen.architecture.canary.writer;

import dev.assistcodegen.architecture.canary.model.Low;

/** A writer that uses the lower layer (allowed); with {@link Low} it forms ArchitectureTest's canary cycle. */
public final class High {
  private High() {}

  public static String name() {
    return Low.name();
  }
}
