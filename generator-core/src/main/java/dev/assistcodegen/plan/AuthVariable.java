package dev.assistcodegen.plan;

import java.util.Objects;

/** A variable that authentication needs, declared in the collection and every environment. */
public record AuthVariable(String key, String value, boolean secret, String description) {
  public AuthVariable {
    Objects.requireNonNull(key, "key == null");
    value = value == null ? "" : value;
    description = description == null ? "" : description;
  }
}
