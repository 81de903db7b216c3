package dev.assistcodegen.model;

import java.util.Objects;

/** A tag: a folder of the collection. */
public record Tag(String name, String description) {
  public Tag {
    Objects.requireNonNull(name, "name == null");
    description = description == null ? "" : description;
  }
}
