package dev.assistcodegen.access;

import dev.assistcodegen.report.GenerationException;
import dev.assistcodegen.report.NearestName;
import java.util.List;
import java.util.Objects;

/**
 * The roles of an API and the scopes each grants, read from a {@code <name>.roles.yaml} file
 * next to the spec. {@code projectParameter} names the parameter (in the path or the query) whose
 * presence, required, makes an operation an operation on one project (the only kind project roles
 * get); empty when the file has none.
 */
public record RolesFile(String displayName, String projectParameter, List<Role> roles) {
  public RolesFile {
    Objects.requireNonNull(displayName, "displayName == null");
    projectParameter = projectParameter == null ? "" : projectParameter;
    roles = List.copyOf(Objects.requireNonNull(roles, "roles == null"));
  }

  /** The role called {@code name} (exact, else ignoring case), or an error listing the known roles. */
  public Role role(String name) {
    for (Role role : roles) {
      if (role.name().equals(name)) {
        return role;
      }
    }
    for (Role role : roles) {
      if (role.name().equalsIgnoreCase(name.strip())) {
        return role;
      }
    }
    List<String> names = roles.stream().map(Role::name).toList();
    throw new GenerationException("unknown role '" + name + "'; known roles: " + String.join(", ", names)
        + NearestName.hint(name, names));
  }
}
