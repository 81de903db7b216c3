package dev.assistcodegen;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * How much a run wrote: each file's size in bytes by its path in the output directory, and the
 * totals a user checks before importing (the collection, the environments, the snippets, the rest).
 * Sizes are shown in decimal units: 1 KB = 1,000 bytes, 1 MB = 1,000,000 bytes.
 */
public record OutputSizes(Map<String, Long> files) {
  private static final String COLLECTION = ".postman_collection.json";
  private static final String ENVIRONMENT = ".postman_environment.json";
  /** What a file in each folder of the output is, in the summary's words. */
  private static final Map<String, String> FOLDER_WORDS = Map.of("snippets", "snippet", "reference", "reference page",
      "uploads", "upload file");

  public OutputSizes {
    files = Map.copyOf(new TreeMap<>(Objects.requireNonNull(files, "files == null")));
  }

  /** The sizes of {@code files} (path in the output directory to content). */
  public static OutputSizes of(Map<String, byte[]> files) {
    Map<String, Long> sizes = new TreeMap<>();
    files.forEach((path, bytes) -> sizes.put(path, (long) bytes.length));
    return new OutputSizes(sizes);
  }

  /** The size of one file (its path in the output directory), 0 when it was not written. */
  public long bytes(String path) {
    return files.getOrDefault(path, 0L);
  }

  /** Every file together. */
  public long total() {
    return files.values().stream().mapToLong(Long::longValue).sum();
  }

  /**
   * One line: "3 files, 1.2 MB: the collection 1.2 MB, 1 environment 1.0 KB, 1 snippet 812 bytes";
   * a kind with no file is left out, files of no kind (ACCESS.md) are named.
   */
  public String summary() {
    long collections = 0;
    long collectionBytes = 0;
    long environments = 0;
    long environmentBytes = 0;
    // files in a folder (snippets/, reference/, uploads/) are counted per folder, in the folders' order
    Map<String, long[]> folders = new TreeMap<>();
    StringBuilder others = new StringBuilder();
    for (Map.Entry<String, Long> file : new TreeMap<>(files).entrySet()) {
      String path = file.getKey();
      int slash = path.indexOf('/');
      if (slash > 0) {
        long[] tally = folders.computeIfAbsent(path.substring(0, slash), k -> new long[2]);
        tally[0]++;
        tally[1] += file.getValue();
      } else if (path.endsWith(COLLECTION)) {
        collections++;
        collectionBytes += file.getValue();
      } else if (path.endsWith(ENVIRONMENT)) {
        environments++;
        environmentBytes += file.getValue();
      } else {
        others.append(", ").append(path).append(' ').append(human(file.getValue()));
      }
    }
    StringBuilder line = new StringBuilder(count(files.size(), "file")).append(", ").append(human(total()))
        .append(':');
    String separator = " ";
    if (collections > 0) {
      line.append(separator).append(collections == 1 ? "the collection" : count(collections, "collection"))
          .append(' ').append(human(collectionBytes));
      separator = ", ";
    }
    if (environments > 0) {
      line.append(separator).append(count(environments, "environment")).append(' ').append(human(environmentBytes));
      separator = ", ";
    }
    for (Map.Entry<String, long[]> folder : folders.entrySet()) {
      long[] tally = folder.getValue();
      line.append(separator).append(count(tally[0], FOLDER_WORDS.getOrDefault(folder.getKey(),
          folder.getKey() + "/ file"))).append(' ').append(human(tally[1]));
      separator = ", ";
    }
    if (others.length() > 0) {
      line.append(separator).append(others.substring(2));
    }
    return line.toString();
  }

  /** "812 bytes", "3.4 KB", "12.3 MB", "1.8 GB". */
  public static String human(long bytes) {
    if (bytes < 1_000) {
      return bytes + (bytes == 1 ? " byte" : " bytes");
    }
    String[] units = {"KB", "MB", "GB", "TB"};
    double value = bytes / 1_000.0;
    int unit = 0;
    while (value >= 999.95 && unit < units.length - 1) {
      value /= 1_000;
      unit++;
    }
    return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
  }

  private static String count(long n, String noun) {
    return String.format(Locale.ROOT, "%,d %s", n, noun + (n == 1 ? "" : "s"));
  }
}
