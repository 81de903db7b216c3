package dev.assistcodegen.access;

import dev.assistcodegen.report.GenerationException;
import dev.assistcodegen.model.ApiSpec;
import dev.assistcodegen.model.Operation;
import dev.assistcodegen.model.Parameter;
import dev.assistcodegen.model.SecurityRequirement;
import dev.assistcodegen.model.SecurityScheme;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who may call what. An operation may be called with a set of granted scopes when any one of
 * its security alternatives is satisfied: every oauth2 / OpenID Connect scope it names is
 * granted (other schemes carry no scopes and need none). Public operations may always be
 * called. A project role only gets operations on one project: those with the roles file's
 * {@code projectParameter} as a required path or query parameter. The selection (roles and directly granted scopes)
 * is a union: an operation is selected when any selected role, or the granted scopes, may call it.
 */
public final class AccessPolicy {
  private final ApiSpec spec;
  private final RolesFile rolesFile;
  private final List<Role> selectedRoles;
  private final List<String> grantedScopes;

  private AccessPolicy(ApiSpec spec, RolesFile rolesFile, List<Role> selectedRoles, List<String> grantedScopes) {
    this.spec = Objects.requireNonNull(spec, "spec == null");
    this.rolesFile = rolesFile;
    this.selectedRoles = List.copyOf(selectedRoles);
    this.grantedScopes = List.copyOf(grantedScopes);
  }

  /**
   * The policy for a selection. {@code roleNames} are looked up in {@code rolesFile} (which may be
   * null when no role is named); {@code scopes} must be scopes the spec knows.
   */
  public static AccessPolicy of(ApiSpec spec, RolesFile rolesFile, List<String> roleNames, List<String> scopes) {
    List<Role> selected = new ArrayList<>();
    if (!roleNames.isEmpty()) {
      if (rolesFile == null) {
        throw new GenerationException("--role needs a roles file, and " + spec.title() + " has none: put a "
            + "<name>.roles.yaml next to the spec, pass --roles-file FILE, or grant scopes directly with --scopes");
      }
      Set<Role> unique = new LinkedHashSet<>();
      for (String name : roleNames) {
        unique.add(rolesFile.role(name));
      }
      // file order, so that "--role A --role B" and "--role B --role A" give the same output
      rolesFile.roles().stream().filter(unique::contains).forEach(selected::add);
    }
    Set<String> known = new LinkedHashSet<>(declaredScopes(spec));
    spec.operations().forEach(op -> known.addAll(op.allScopes()));
    List<String> granted = new ArrayList<>();
    for (String scope : scopes) {
      String s = scope.strip();
      if (s.isEmpty() || granted.contains(s)) {
        continue;
      }
      if (!known.contains(s)) {
        throw new GenerationException("unknown scope '" + s + "': " + spec.title() + " declares "
            + (known.isEmpty() ? "no scopes" : String.join(", ", known)));
      }
      granted.add(s);
    }
    return new AccessPolicy(spec, rolesFile, selected, granted);
  }

  /** Every scope declared by an oauth2 scheme's flows, in spec order. */
  public static Set<String> declaredScopes(ApiSpec spec) {
    Set<String> scopes = new LinkedHashSet<>();
    for (SecurityScheme scheme : spec.securitySchemes().values()) {
      if (scheme.type() == SecurityScheme.Type.OAUTH2) {
        scheme.flows().forEach(f -> scopes.addAll(f.scopes().keySet()));
      }
    }
    return scopes;
  }

  public ApiSpec spec() {
    return spec;
  }

  public Optional<RolesFile> rolesFile() {
    return Optional.ofNullable(rolesFile);
  }

  /** Every role of the roles file (none without one). */
  public List<Role> roles() {
    return rolesFile == null ? List.of() : rolesFile.roles();
  }

  public List<Role> selectedRoles() {
    return selectedRoles;
  }

  public List<String> grantedScopes() {
    return grantedScopes;
  }

  /** True when roles or scopes were chosen, i.e. output is filtered. */
  public boolean hasSelection() {
    return !selectedRoles.isEmpty() || !grantedScopes.isEmpty();
  }

  /** True when a selected role is a project role: the output is for one project. */
  public boolean projectScoped() {
    return selectedRoles.stream().anyMatch(r -> r.kind() == RoleKind.PROJECT);
  }

  /** The parameter that names the project ("projectId" when the roles file does not say). */
  public String projectParameter() {
    return rolesFile == null || rolesFile.projectParameter().isEmpty() ? "projectId" : rolesFile.projectParameter();
  }

  /** True when {@code role} may call {@code op}. */
  public boolean mayCall(Role role, Operation op) {
    if (op.isPublic()) {
      return true;
    }
    if (role.kind() == RoleKind.PROJECT && !onOneProject(op, projectParameter())) {
      return false;
    }
    return satisfied(op, role.scopes());
  }

  /** True when the granted scopes satisfy one of the operation's security alternatives. */
  public boolean satisfied(Operation op, Collection<String> granted) {
    if (op.isPublic()) {
      return true;
    }
    for (SecurityRequirement requirement : op.security()) {
      boolean all = true;
      for (SecurityRequirement.SchemeUse use : requirement.schemes()) {
        SecurityScheme scheme = spec.securitySchemes().get(use.scheme());
        boolean scoped = scheme == null || scheme.type() == SecurityScheme.Type.OAUTH2
            || scheme.type() == SecurityScheme.Type.OPEN_ID_CONNECT;
        if (scoped && !granted.containsAll(use.scopes())) {
          all = false;
          break;
        }
      }
      if (all) {
        return true;
      }
    }
    return false;
  }

  /** The names of the roles that may call {@code op}, in roles-file order (the 403 message names them). */
  public List<String> rolesFor(Operation op) {
    return roles().stream().filter(r -> mayCall(r, op)).map(Role::name).toList();
  }

  /** The operations {@code role} may call, in spec order. */
  public List<Operation> operationsFor(Role role) {
    return spec.operations().stream().filter(op -> mayCall(role, op)).toList();
  }

  /** True when the selection may call {@code op}; without a selection, every operation. */
  public boolean selected(Operation op) {
    if (!hasSelection()) {
      return true;
    }
    if (selectedRoles.stream().anyMatch(r -> mayCall(r, op))) {
      return true;
    }
    return !grantedScopes.isEmpty() && satisfied(op, grantedScopes);
  }

  /**
   * The spec with only the operations the selection may call. Fails when the selection may call
   * none of the operations that need authorization: a collection of public requests only, or an
   * empty one, is not what the user asked for.
   */
  public ApiSpec apply() {
    if (!hasSelection()) {
      return spec;
    }
    List<Operation> kept = spec.operations().stream().filter(this::selected).toList();
    long secured = spec.operations().stream().filter(op -> !op.isPublic()).count();
    if (secured > 0 && kept.stream().noneMatch(op -> !op.isPublic())) {
      throw new GenerationException(subject() + " may call none of the " + secured + " operations of "
          + spec.title() + " that need authorization" + grantsText()
          + "; run 'assist-codegen roles' to see what each role may call");
    }
    return spec.withOperations(kept);
  }

  private String subject() {
    List<String> parts = new ArrayList<>();
    if (!selectedRoles.isEmpty()) {
      parts.add((selectedRoles.size() == 1 ? "role " : "roles ")
          + selectedRoles.stream().map(r -> "'" + r.name() + "'").collect(Collectors.joining(", ")));
    }
    if (!grantedScopes.isEmpty()) {
      parts.add((grantedScopes.size() == 1 ? "scope " : "scopes ") + String.join(" ", grantedScopes));
    }
    return String.join(" with ", parts);
  }

  private String grantsText() {
    Set<String> scopes = new LinkedHashSet<>(grantedScopes);
    selectedRoles.forEach(r -> scopes.addAll(r.scopes()));
    String needed = spec.operations().stream().flatMap(op -> op.allScopes().stream()).distinct()
        .collect(Collectors.joining(", "));
    return " (granted scopes: " + String.join(", ", scopes) + "; the operations need: " + needed + ")";
  }

  /**
   * Who the output is for, e.g. "Project Reader", "Consumer, Project Reader", "scopes chat:write";
   * empty without a selection.
   */
  public String label() {
    List<String> parts = new ArrayList<>();
    selectedRoles.forEach(r -> parts.add(r.name()));
    if (!grantedScopes.isEmpty()) {
      parts.add("scopes " + String.join(" ", grantedScopes));
    }
    return String.join(", ", parts);
  }

  /**
   * The operation's path or query parameter called {@code name}, if any: where a project id goes
   * ({@code /projects/{projectId}/...} or {@code /datarepositories?projectId=...}).
   */
  public static Optional<Parameter> projectParameter(Operation op, String name) {
    return op.parameters().stream()
        .filter(p -> (p.in() == Parameter.Location.PATH || p.in() == Parameter.Location.QUERY) && p.name().equals(name))
        .findFirst();
  }

  /** True when {@code op} acts on one project: it requires the project parameter, in its path or its query. */
  static boolean onOneProject(Operation op, String name) {
    return projectParameter(op, name).filter(Parameter::required).isPresent();
  }
}
