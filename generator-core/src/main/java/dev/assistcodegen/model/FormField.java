package dev.assistcodegen.model;

import java.util.Objects;

/**
 * One field of a form or multipart body; a file part carries a file name instead of a value.
 * {@code enabled}: sent; a field of an optional property is present but disabled (not sent), as
 * optional query parameters are.
 */
public record FormField(String name, String value, boolean file, String contentType, String description,
    boolean enabled) {
  public FormField {
    Objects.requireNonNull(name, "name == null");
    value = value == null ? "" : value;
    contentType = contentType == null ? "" : contentType;
    description = description == null ? "" : description;
  }

  /** An enabled field. */
  public FormField(String name, String value, boolean file, String contentType, String description) {
    this(name, value, file, contentType, description, true);
  }
}
