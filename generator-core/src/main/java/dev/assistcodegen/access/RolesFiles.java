package dev.assistcodegen.access;

import dev.assistcodegen.model.ApiSpec;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** Finds the roles file of a spec: the one given, else the embedded spec's, else {@code <name>.roles.yaml} beside the spec. */
public final class RolesFiles {
  private RolesFiles() {}

  /**
   * The roles file for {@code specLocation} (null = the embedded spec), or null when there is none.
   * {@code explicit} (--roles-file) wins over the default.
   */
  public static RolesFile find(String specLocation, Path explicit, ApiSpec spec) {
    Set<String> declared = AccessPolicy.declaredScopes(spec);
    if (explicit != null) {
      return RolesFileReader.read(explicit, declared);
    }
    if (specLocation == null) {
      // The embedded roles go with the embedded spec; a caller that renders another spec with a
      // default config gets no roles rather than an error about scopes it never declared.
      RolesFile embedded = RolesFileReader.readEmbedded(null);
      boolean matches = embedded.roles().stream().allMatch(r -> declared.containsAll(r.scopes()));
      return matches ? embedded : null;
    }
    Path sibling = sibling(specLocation);
    return sibling == null ? null : RolesFileReader.read(sibling, declared);
  }

  /** The existing {@code <name>.roles.yaml} (or .yml) next to a local spec file, or null. */
  static Path sibling(String specLocation) {
    if (specLocation.startsWith("http://") || specLocation.startsWith("https://")) {
      return null;
    }
    Path spec;
    try {
      spec = specLocation.startsWith("file:") ? Path.of(URI.create(specLocation)) : Path.of(specLocation);
    } catch (RuntimeException e) {
      return null;
    }
    Path fileName = spec.getFileName();
    if (fileName == null) {
      return null;
    }
    String stem = fileName.toString().replaceFirst("\\.(ya?ml|json)$", "");
    String base = stem.replaceFirst("\\.(openapi|swagger)$", "");
    for (String name : List.of(base + ".roles.yaml", base + ".roles.yml", stem + ".roles.yaml", stem + ".roles.yml")) {
      Path candidate = spec.resolveSibling(name);
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    return null;
  }
}
