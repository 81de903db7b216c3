package dev.assistcodegen.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * A documented response: status code, description and, when there is a body, an example.
 * {@code exampleShortened}: the example was synthesised and leaves out optional properties to stay
 * within the example budget.
 */
public record Response(String code, String description, String mediaType, JsonNode example,
    boolean exampleShortened) {
  /** A response whose example, if any, is complete. */
  public Response(String code, String description, String mediaType, JsonNode example) {
    this(code, description, mediaType, example, false);
  }

  public Response {
    Objects.requireNonNull(code, "code == null");
    description = description == null ? "" : description;
    mediaType = mediaType == null ? "" : mediaType;
  }

  /** The numeric status, 200 for {@code default} and ranges such as {@code 2XX} mapped to x00. */
  public int status() {
    if (code.length() == 3 && Character.isDigit(code.charAt(0))) {
      String digits = code.replace('X', '0').replace('x', '0');
      try {
        return Integer.parseInt(digits);
      } catch (NumberFormatException e) {
        return 200;
      }
    }
    return 200;
  }
}
