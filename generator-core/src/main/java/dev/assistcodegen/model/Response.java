package dev.assistcodegen.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;

/**
 * A documented response: status code, description and, when there is a body, an example.
 * {@code exampleShortened}: the example was synthesised and leaves out optional properties to stay
 * within the example budget. What a contract test checks: {@code mediaTypes} (every media type the
 * spec documents for it), {@code schema} (the JSON Schema of its JSON body, referring to
 * {@link ApiSpec#schemas()}; null when there is none) and {@code requiredHeaders}.
 */
public record Response(String code, String description, String mediaType, JsonNode example,
    boolean exampleShortened, List<String> mediaTypes, JsonNode schema, List<String> requiredHeaders) {
  /** A response whose example, if any, is complete. */
  public Response(String code, String description, String mediaType, JsonNode example) {
    this(code, description, mediaType, example, false);
  }

  /** A response with nothing more to check than its media type. */
  public Response(String code, String description, String mediaType, JsonNode example, boolean exampleShortened) {
    this(code, description, mediaType, example, exampleShortened,
        mediaType == null || mediaType.isEmpty() ? List.of() : List.of(mediaType), null, List.of());
  }

  public Response {
    Objects.requireNonNull(code, "code == null");
    description = description == null ? "" : description;
    mediaType = mediaType == null ? "" : mediaType;
    mediaTypes = List.copyOf(Objects.requireNonNull(mediaTypes, "mediaTypes == null"));
    requiredHeaders = List.copyOf(Objects.requireNonNull(requiredHeaders, "requiredHeaders == null"));
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
