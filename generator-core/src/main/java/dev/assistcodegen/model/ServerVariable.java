package dev.assistcodegen.model;

import java.util.List;
import java.util.Objects;

/** A server variable: its default and, when the spec lists them, the allowed values. */
public record ServerVariable(String name, String defaultValue, List<String> enumValues, String description) {
  public ServerVariable {
    Objects.requireNonNull(name, "name == null");
    defaultValue = defaultValue == null ? "" : defaultValue;
    enumValues = List.copyOf(Objects.requireNonNull(enumValues, "enumValues == null"));
    description = description == null ? "" : description;
  }
}
