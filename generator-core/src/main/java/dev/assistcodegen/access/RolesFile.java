package dev.assistcodegen.access;

import dev.assistcodegen.report.GenerationException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The roles of an API and the scopes each grants, read from a {@code <name>.roles.yaml} file
 * next to the spec. {@code projectParameter} names the path parameter that makes an operation
 * an operation on one project (the only kind project roles get); empty when the file has none.
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
    String known = roles.stream().map(Role::name).collect(Collectors.joining(", "));
    String closest = closest(name);
    throw new GenerationException("unknown role '" + name + "'; known roles: " + known
        + (closest == null ? "" : "; did you mean '" + closest + "'?"));
  }

  /** The role name nearest to {@code name} by edit distance, or null when none is near enough to be a typo. */
  private String closest(String name) {
    String wanted = name.strip().toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Role role : roles) {
      String candidate = role.name().toLowerCase(Locale.ROOT);
      int distance = editDistance(wanted, candidate);
      // "reader" should find "Project Reader" and "admin" "Administrator": a word or prefix is close
      if (!wanted.isEmpty() && List.of(candidate.split("\\s+")).contains(wanted)
          || wanted.length() >= 3 && candidate.startsWith(wanted)) {
        distance = Math.min(distance, 1);
      }
      if (distance < bestDistance) {
        bestDistance = distance;
        best = role.name();
      }
    }
    int limit = Math.max(2, wanted.length() / 2);
    return bestDistance <= limit ? best : null;
  }

  static int editDistance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitute, Math.min(previous[j] + 1, current[j - 1] + 1));
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
