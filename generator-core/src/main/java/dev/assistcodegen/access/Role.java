package dev.assistcodegen.access;

import java.util.List;
import java.util.Objects;

/** A role of a roles file: a name, a kind, and the scopes it grants. {@code line} is where it starts (1-based). */
public record Role(String name, RoleKind kind, String description, List<String> scopes, int line) {
  public Role {
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(kind, "kind == null");
    description = description == null ? "" : description;
    scopes = List.copyOf(Objects.requireNonNull(scopes, "scopes == null"));
  }
}
