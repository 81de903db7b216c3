package dev.assistcodegen.model;

import java.util.Objects;

/** One field of a form or multipart body; a file part carries a file name instead of a value. */
public record FormField(String name, String value, boolean file, String contentType, String description) {
  public FormField {
    Objects.requireNonNull(name, "name == null");
    value = value == null ? "" : value;
    contentType = contentType == null ? "" : contentType;
    description = description == null ? "" : description;
  }
}
