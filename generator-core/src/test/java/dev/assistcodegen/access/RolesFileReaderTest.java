package dev.assistcodegen.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.assistcodegen.report.GenerationException;
import dev.assistcodegen.report.GeneratorLog;
import dev.assistcodegen.load.SpecLoader;
import dev.assistcodegen.model.ApiSpec;
import dev.assistcodegen.testing.RepoPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading and checking roles files: every error names the file, the role and the line. */
class RolesFileReaderTest {
  static final Set<String> SCOPES = new LinkedHashSet<>(List.of("read", "write", "admin"));

  private static String error(String yaml) {
    return assertThrows(GenerationException.class, () -> RolesFileReader.parse("t.roles.yaml", yaml, SCOPES))
        .getMessage();
  }

  @Test
  void readsLoomesRolesFile() {
    ApiSpec loome = SpecLoader.load(RepoPaths.spec("loome-assist.openapi.yaml").toString(), GeneratorLog.silent());
    RolesFile file = RolesFileReader.read(RepoPaths.spec("loome-assist.roles.yaml"), AccessPolicy.declaredScopes(loome));
    assertEquals(List.of("Administrator", "Project Creator", "Consumer", "Project Owner", "Project Contributor",
        "Project Reader"), file.roles().stream().map(Role::name).toList());
    assertEquals("projectId", file.projectParameter());
    Role reader = file.role("Project Reader");
    assertEquals(RoleKind.PROJECT, reader.kind());
    assertEquals(List.of("projects.read", "resources.read"), reader.scopes());
  }

  @Test
  void findsTheSiblingRolesFileOfASpec(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("api.roles.yaml"), "roles: []\n");
    assertEquals(dir.resolve("api.roles.yaml"), RolesFiles.sibling(dir.resolve("api.openapi.yaml").toString()));
    assertEquals(dir.resolve("api.roles.yaml"), RolesFiles.sibling(dir.resolve("api.json").toString()));
    assertEquals(null, RolesFiles.sibling(dir.resolve("other.yaml").toString()));
    assertEquals(null, RolesFiles.sibling("https://example.com/api.yaml"));
  }

  @Test
  void unknownScope() {
    assertEquals("t.roles.yaml:5: role 'Reader': unknown scope 'raed' (not declared by any oauth2 scheme of the spec;"
            + " declared: read, write, admin)",
        error("roles:\n  - name: Reader\n    kind: application\n    scopes: [read,\n      raed]\n"));
  }

  @Test
  void duplicateName() {
    assertEquals("t.roles.yaml:5: role 'reader' is defined twice (first at line 2)",
        error("roles:\n  - name: Reader\n    kind: application\n    scopes: [read]\n"
            + "  - name: reader\n    kind: application\n    scopes: [write]\n"));
  }

  @Test
  void roleThatGrantsNothing() {
    assertEquals("t.roles.yaml:4: role 'Nobody' grants nothing (its 'scopes' list is empty)",
        error("roles:\n  - name: Nobody\n    kind: application\n    scopes: []\n"));
  }

  @Test
  void missingName() {
    assertEquals("t.roles.yaml:4: role #2 has no 'name'",
        error("roles:\n  - {name: A, kind: application, scopes: [read]}\n  # a comment\n  - kind: application\n"
            + "    scopes: [read]\n"));
  }

  @Test
  void missingKind() {
    assertEquals("t.roles.yaml:2: role 'A' has no 'kind' (application or project)",
        error("roles:\n  - name: A\n    scopes: [read]\n"));
  }

  @Test
  void missingScopes() {
    assertEquals("t.roles.yaml:2: role 'A' has no 'scopes'", error("roles:\n  - name: A\n    kind: application\n"));
  }

  @Test
  void badKind() {
    assertEquals("t.roles.yaml:3: role 'A': kind 'team' is not one of application, project",
        error("roles:\n  - name: A\n    kind: team\n    scopes: [read]\n"));
  }

  @Test
  void unknownFieldIsATypo() {
    assertEquals("t.roles.yaml:4: role 'A': unknown field 'scope' (known: name, kind, description, scopes)",
        error("roles:\n  - name: A\n    kind: application\n    scope: [read]\n"));
  }

  @Test
  void projectRoleNeedsTheProjectParameter() {
    assertEquals("t.roles.yaml:2: role 'P' is of kind project, but the file names no 'projectParameter' "
            + "(the path or query parameter of operations on one project)",
        error("roles:\n  - name: P\n    kind: project\n    scopes: [read]\n"));
  }

  @Test
  void noRoles() {
    assertEquals("t.roles.yaml:1: no 'roles' list", error("projectParameter: id\n"));
    assertEquals("t.roles.yaml:1: the 'roles' list is empty", error("roles: []\n"));
  }

  @Test
  void invalidYamlNamesTheLine() {
    String message = error("roles:\n  - name: A\n    kind: application\n    scopes: [read\n  - name: B\n");
    assertEquals("t.roles.yaml:5:9: invalid YAML: expected ',' or ']', but got : (while parsing a flow sequence at 4:13)",
        message);
  }
}
