package dev.assistcodegen.plan;

import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The files the requests of one spec upload, each written once beside the collection: a shared
 * sample per media type ({@code uploads/sample.png}), and a file of its own for content the spec
 * gives ({@code uploads/<operation>-<field>.<ext>}).
 */
final class UploadFiles {
  private final Map<String, Upload> files = new TreeMap<>();

  /** The sample file for {@code mediaType}. */
  Upload sample(String mediaType) {
    return add(SampleFiles.of(mediaType));
  }

  /**
   * A file holding the spec's own content for a part or body: named after {@code name} (a slug), with
   * the extension of {@code mediaType}'s sample (".txt" when none fits), numbered when the name is
   * taken by other content.
   */
  Upload own(String name, String mediaType, byte[] content) {
    Upload sample = SampleFiles.of(mediaType);
    String extension = sample.fileName().endsWith(".bin") ? ".txt" : sample.fileName().substring(
        sample.fileName().lastIndexOf('.'));
    String path = "uploads/" + name + extension;
    for (int n = 2; files.containsKey(path) && !Arrays.equals(files.get(path).content(), content); n++) {
      path = "uploads/" + name + "-" + n + extension;
    }
    return add(new Upload(path, mediaType == null || mediaType.isBlank() ? sample.contentType() : mediaType,
        content));
  }

  private Upload add(Upload upload) {
    return files.computeIfAbsent(upload.path(), p -> upload);
  }

  /** Every file, by path. */
  Map<String, Upload> files() {
    return Collections.unmodifiableMap(files);
  }
}
