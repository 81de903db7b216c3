package dev.assistcodegen.postman;

import dev.assistcodegen.access.AccessPolicy;
import dev.assistcodegen.model.Operation;
import dev.assistcodegen.model.SecurityRequirement;
import java.util.ArrayList;
import java.util.List;

/** The "Access" part of a request description: the scopes it needs and the roles that have them. */
final class AccessSection {
  private AccessSection() {}

  /** Markdown, or empty when there is nothing to say (no scopes and no roles file). */
  static String of(AccessPolicy access, Operation op) {
    if (op.isPublic()) {
      return access.roles().isEmpty() && op.allScopes().isEmpty() ? "" : "**Access:** public, no token needed.";
    }
    List<String> alternatives = new ArrayList<>();
    for (SecurityRequirement r : op.security()) {
      List<String> scopes = r.schemes().stream().flatMap(s -> s.scopes().stream()).distinct()
          .map(Markdown::code).toList();
      if (!scopes.isEmpty()) {
        alternatives.add(String.join(" and ", scopes));
      }
    }
    if (alternatives.isEmpty() && access.roles().isEmpty()) {
      return "";
    }
    StringBuilder md = new StringBuilder("**Access:** ");
    md.append(alternatives.isEmpty() ? "needs no scope" : (op.allScopes().size() == 1 ? "requires scope " : "requires scopes ")
        + String.join(", or ", alternatives)).append('.');
    if (!access.roles().isEmpty()) {
      List<String> roles = access.rolesFor(op);
      md.append(roles.isEmpty() ? " No role may call it." : " Roles that may call it: "
          + String.join(", ", roles.stream().map(Markdown::cell).toList()) + ".");
    }
    return md.toString();
  }
}
