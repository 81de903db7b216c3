package dev.assistcodegen.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One operation (method + path). {@code security} is the effective requirement list after
 * the document-level default is applied: alternatives, any one of which suffices; an empty
 * list means the operation needs no authentication.
 */
public record Operation(
    String operationId,
    String method,
    String path,
    String summary,
    String description,
    List<String> tags,
    boolean deprecated,
    List<Parameter> parameters,
    Optional<RequestBody> requestBody,
    List<Response> responses,
    List<SecurityRequirement> security,
    List<Server> servers) {

  /** An operation served by the document's own servers. */
  public Operation(String operationId, String method, String path, String summary, String description,
      List<String> tags, boolean deprecated, List<Parameter> parameters, Optional<RequestBody> requestBody,
      List<Response> responses, List<SecurityRequirement> security) {
    this(operationId, method, path, summary, description, tags, deprecated, parameters, requestBody, responses,
        security, List.of());
  }

  public Operation {
    Objects.requireNonNull(operationId, "operationId == null");
    Objects.requireNonNull(method, "method == null");
    Objects.requireNonNull(path, "path == null");
    summary = summary == null ? "" : summary;
    description = description == null ? "" : description;
    tags = List.copyOf(Objects.requireNonNull(tags, "tags == null"));
    parameters = List.copyOf(Objects.requireNonNull(parameters, "parameters == null"));
    Objects.requireNonNull(requestBody, "requestBody == null");
    responses = List.copyOf(Objects.requireNonNull(responses, "responses == null"));
    security = List.copyOf(Objects.requireNonNull(security, "security == null"));
    servers = List.copyOf(Objects.requireNonNull(servers, "servers == null"));
  }

  /** True when no authentication is required. */
  public boolean isPublic() {
    return security.isEmpty() || security.stream().anyMatch(SecurityRequirement::isAnonymous);
  }

  /** Every scope named by any requirement of this operation, in order, without repeats. */
  public List<String> allScopes() {
    return security.stream()
        .flatMap(r -> r.schemes().stream())
        .flatMap(s -> s.scopes().stream())
        .distinct()
        .toList();
  }
}
