package dev.assistcodegen.output;

import dev.assistcodegen.report.GenerationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Writes a complete set of files into an output directory, all or nothing: files are first
 * written to a staging directory beside it, then moved into place. Files the tool wrote on an
 * earlier run but not this time are removed; files it did not write are never touched.
 */
public final class OutputDirectory {
  /** Lists the files the tool wrote last time, one relative path a line. */
  public static final String MANIFEST = ".assist-codegen-files";

  private OutputDirectory() {}

  /** Writes {@code files} (relative path to content) into {@code dir}; returns the paths written. */
  public static List<Path> write(Path dir, Map<String, byte[]> files) {
    Path target = dir.toAbsolutePath().normalize();
    if (Files.exists(target) && !Files.isDirectory(target)) {
      throw new GenerationException(dir + ": output path exists and is not a directory");
    }
    Path parent = target.getParent();
    try {
      Files.createDirectories(parent);
    } catch (IOException e) {
      throw new GenerationException(dir + ": cannot create the output directory: " + reason(e), e);
    }
    Map<String, byte[]> sorted = new TreeMap<>(files);
    Path staging;
    try {
      staging = Files.createTempDirectory(parent, "." + target.getFileName() + ".staging-");
    } catch (IOException e) {
      throw new GenerationException(dir + ": cannot write the output directory: " + reason(e), e);
    }
    try {
      // the files go into staging/files (made like the target: the temp directory itself is private)
      Path root = Files.createDirectories(staging.resolve("files"));
      Set<Path> dirs = new LinkedHashSet<>();
      for (String relative : sorted.keySet()) {
        dirs.add(root.resolve(checkRelative(relative)).getParent());
      }
      for (Path d : dirs) {
        Files.createDirectories(d);
      }
      // thousands of small snippet files: write them on all cores
      try {
        sorted.entrySet().parallelStream().forEach(e -> {
          try {
            Files.write(root.resolve(e.getKey()), e.getValue());
          } catch (IOException x) {
            throw new UncheckedIOException(x);
          }
        });
      } catch (UncheckedIOException x) {
        throw x.getCause();
      }
      Files.write(staging.resolve(MANIFEST),
          (String.join("\n", sorted.keySet()) + "\n").getBytes(StandardCharsets.UTF_8));
      return moveIntoPlace(staging, root, target, sorted);
    } catch (IOException e) {
      throw new GenerationException(dir + ": cannot write output: " + reason(e), e);
    } finally {
      deleteTree(staging);
    }
  }

  private static String checkRelative(String relative) {
    Path p = Path.of(relative).normalize();
    if (p.isAbsolute() || p.startsWith("..") || relative.isBlank()) {
      throw new IllegalArgumentException("output file outside the output directory: " + relative);
    }
    return relative;
  }

  private static List<Path> moveIntoPlace(Path staging, Path root, Path target, Map<String, byte[]> files)
      throws IOException {
    List<String> previous = previousFiles(target);
    List<Path> written = new ArrayList<>();
    for (String relative : files.keySet()) {
      written.add(target.resolve(relative));
    }
    if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      // a new output directory: one rename puts every file in place
      move(root, target);
    } else {
      merge(root, target);
    }
    for (String old : previous) {
      if (!files.containsKey(old)) {
        Path stale = target.resolve(old).normalize();
        if (stale.startsWith(target)) {
          Files.deleteIfExists(stale);
          pruneEmptyParents(stale.getParent(), target);
        }
      }
    }
    move(staging.resolve(MANIFEST), target.resolve(MANIFEST));
    return written;
  }

  /**
   * Moves the contents of staged directory {@code from} into existing directory {@code to}:
   * a directory {@code to} lacks moves whole (one rename), files replace files; a file where a
   * directory should go (or the reverse) is an error, never deleted.
   */
  private static void merge(Path from, Path to) throws IOException {
    List<Path> entries;
    try (Stream<Path> list = Files.list(from)) {
      entries = list.sorted().toList();
    }
    for (Path entry : entries) {
      Path there = to.resolve(entry.getFileName().toString());
      boolean exists = Files.exists(there, LinkOption.NOFOLLOW_LINKS);
      if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
        if (!exists) {
          move(entry, there);
        } else if (Files.isDirectory(there)) {
          merge(entry, there);
        } else {
          throw new FileAlreadyExistsException(there.toString());
        }
      } else {
        move(entry, there);
      }
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static List<String> previousFiles(Path target) throws IOException {
    Path manifest = target.resolve(MANIFEST);
    if (!Files.isRegularFile(manifest)) {
      return List.of();
    }
    return Files.readAllLines(manifest, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
  }

  private static void pruneEmptyParents(Path dir, Path stop) throws IOException {
    Path current = dir;
    while (current != null && current.startsWith(stop) && !current.equals(stop)) {
      try (Stream<Path> entries = Files.list(current)) {
        if (entries.findAny().isPresent()) {
          return;
        }
      } catch (NoSuchFileException e) {
        return;
      }
      Files.deleteIfExists(current);
      current = current.getParent();
    }
  }

  private static void deleteTree(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.deleteIfExists(p);
        } catch (IOException ignored) {
          // best effort: a leftover staging folder is hidden and harmless
        }
      });
    } catch (IOException ignored) {
      // best effort
    }
  }

  private static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileAlreadyExistsException || e instanceof FileSystemException fse
        && fse.getReason() != null && fse.getReason().contains("Not a directory")) {
      return "a file is in the way (" + e.getMessage() + ")";
    }
    String message = e.getMessage();
    return message == null ? e.getClass().getSimpleName() : message;
  }
}
