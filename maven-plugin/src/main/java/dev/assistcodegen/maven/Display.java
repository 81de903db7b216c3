package dev.assistcodegen.maven;

import java.nio.file.Path;

/** How paths appear in messages: relative to the working directory when below it, as the CLI shows them. */
final class Display {
  private Display() {}

  static String path(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    try {
      Path relative = Path.of("").toAbsolutePath().relativize(absolute);
      return relative.startsWith("..") || relative.toString().isEmpty() ? absolute.toString() : relative.toString();
    } catch (IllegalArgumentException e) {
      return absolute.toString(); // another root (Windows drive)
    }
  }
}
