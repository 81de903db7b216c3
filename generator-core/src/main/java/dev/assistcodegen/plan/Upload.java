package dev.assistcodegen.plan;

import java.util.Base64;
import java.util.Objects;

/**
 * A file a request uploads: where it is written beside the collection ({@code path}, relative to the
 * output directory, e.g. {@code uploads/sample.png}: Postman and Newman resolve it against their
 * working directory), its media type and its bytes. The collection refers to the path; snippets carry
 * the bytes themselves.
 */
public final class Upload {
  private final String path;
  private final String contentType;
  private final byte[] content;

  Upload(String path, String contentType, byte[] content) {
    this.path = Objects.requireNonNull(path, "path == null");
    this.contentType = Objects.requireNonNull(contentType, "contentType == null");
    this.content = Objects.requireNonNull(content, "content == null").clone();
  }

  /** The file's path relative to the output directory, with '/' separators. */
  public String path() {
    return path;
  }

  /** The file name alone (what a multipart part names as its filename). */
  public String fileName() {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  public String contentType() {
    return contentType;
  }

  public byte[] content() {
    return content.clone();
  }

  /** The content as base64 text (how snippets carry it). */
  public String base64() {
    return Base64.getEncoder().encodeToString(content);
  }

  @Override
  public String toString() {
    return path + " (" + contentType + ", " + content.length + " bytes)";
  }
}
