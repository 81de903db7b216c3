package dev.assistcodegen.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * A parameter with the example value requests use; {@code style} and {@code explode} follow
 * OpenAPI (defaults already applied by the loader).
 */
public record Parameter(
    String name,
    Location in,
    String description,
    boolean required,
    boolean deprecated,
    JsonNode example,
    String style,
    boolean explode) {

  /** Where a parameter goes. */
  public enum Location { PATH, QUERY, HEADER, COOKIE }

  public Parameter {
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(in, "in == null");
    description = description == null ? "" : description;
    Objects.requireNonNull(example, "example == null");
    Objects.requireNonNull(style, "style == null");
  }
}
