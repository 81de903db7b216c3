package dev.assistcodegen.examples;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * An example value, and whether the {@link ExampleBudget} left optional properties out of it
 * (the schema has more than the example shows).
 */
public record ExampleValue(JsonNode value, boolean shortened) {
  public ExampleValue {
    Objects.requireNonNull(value, "value == null");
  }
}
