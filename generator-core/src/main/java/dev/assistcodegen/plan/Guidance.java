package dev.assistcodegen.plan;

import java.util.List;
import java.util.Objects;

/**
 * What explains a refused call of one request, the same in the collection and every snippet:
 * the credentials a 401 refers to (each writer names them as its user sets them), and for a
 * 403 the scopes the request needs (not the one every token is requested with) and the roles
 * that have them. {@code clientCredentials}: the token came from the token script.
 */
public record Guidance(String operation, boolean clientCredentials, List<SchemePlan> credentials,
    List<String> scopes, List<String> roles) {

  public Guidance {
    Objects.requireNonNull(operation, "operation == null");
    credentials = List.copyOf(Objects.requireNonNull(credentials, "credentials == null"));
    scopes = List.copyOf(Objects.requireNonNull(scopes, "scopes == null"));
    roles = List.copyOf(Objects.requireNonNull(roles, "roles == null"));
  }

  /** The 403 text (one wording for every writer, {@link AccessGuidance#forbidden}). */
  public String forbidden() {
    return AccessGuidance.forbidden(operation, scopes, roles, clientCredentials);
  }
}
