package dev.assistcodegen;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/** What a run wrote: the files, and their sizes by path in the output directory. */
public record GenerationResult(String apiTitle, int operationCount, List<Path> files, OutputSizes sizes) {
  public GenerationResult {
    files = List.copyOf(files);
    Objects.requireNonNull(sizes, "sizes == null");
  }
}
