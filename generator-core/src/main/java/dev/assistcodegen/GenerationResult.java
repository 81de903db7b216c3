package dev.assistcodegen;

import java.nio.file.Path;
import java.util.List;

/** What a run wrote. */
public record GenerationResult(String apiTitle, int operationCount, List<Path> files) {
  public GenerationResult {
    files = List.copyOf(files);
  }
}
