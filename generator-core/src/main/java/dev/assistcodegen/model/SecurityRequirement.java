package dev.assistcodegen.model;

import java.util.List;
import java.util.Objects;

/**
 * One security requirement object: all of its schemes are needed together. An empty one
 * ({@code {}}) means anonymous access is allowed.
 */
public record SecurityRequirement(List<SchemeUse> schemes) {
  public SecurityRequirement {
    schemes = List.copyOf(Objects.requireNonNull(schemes, "schemes == null"));
  }

  public boolean isAnonymous() {
    return schemes.isEmpty();
  }

  /** A scheme named by a requirement, with the scopes it asks for. */
  public record SchemeUse(String scheme, List<String> scopes) {
    public SchemeUse {
      Objects.requireNonNull(scheme, "scheme == null");
      scopes = List.copyOf(Objects.requireNonNull(scopes, "scopes == null"));
    }
  }
}
