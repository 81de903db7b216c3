package dev.assistcodegen.architecture.canary.model;

import dev.assistcodegen.architecture.canary.writer.High;

/** A lower layer that wrongly uses a writer (and so forms a cycle): ArchitectureTest's canary. */
public final class Low {
  private Low() {}

  public static String name() {
    return High.class.getSimpleName();
  }
}
