package dev.assistcodegen.model;

import java.util.List;
import java.util.Objects;

/**
 * A server URL template with its variables; {@code tokenUrl} is the {@code x-token-url}
 * extension (a token URL template using the same variables), or null.
 */
public record Server(String url, String description, List<ServerVariable> variables, String tokenUrl) {
  public Server {
    Objects.requireNonNull(url, "url == null");
    description = description == null ? "" : description;
    variables = List.copyOf(Objects.requireNonNull(variables, "variables == null"));
  }
}
