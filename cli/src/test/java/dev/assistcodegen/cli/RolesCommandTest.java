package dev.assistcodegen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The roles command and role options of generate, run through picocli as a user would. */
class RolesCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cmd = AssistCodegen.commandLine();
    cmd.setOut(new PrintWriter(out, true));
    cmd.setErr(new PrintWriter(err, true));
    return cmd.execute(args);
  }

  @Test
  void rolesListsLoomesRolesWithKindAndOperationCount() {
    assertEquals(0, run("roles"), err.toString());
    assertEquals(String.join(System.lineSeparator(),
        "Roles of Loome Assist API (embedded:loome-assist.roles.yaml):",
        "",
        "  ROLE                 KIND         OPERATIONS",
        "  Administrator        application  52 of 52",
        "  Project Creator      application  27 of 52",
        "  Consumer             application  3 of 52",
        "  Project Owner        project      19 of 52",
        "  Project Contributor  project      15 of 52",
        "  Project Reader       project      7 of 52",
        "",
        "Generate for a role: assist-codegen generate --role \"Administrator\" (project roles: add --project-id ID)",
        ""), out.toString());
  }

  @Test
  void rolesOfASpecWithoutRolesFileIsAnError(@TempDir Path dir) throws Exception {
    Path spec = dir.resolve("api.yaml");
    Files.writeString(spec, "openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths: {}\n");
    assertEquals(1, run("roles", "--spec", spec.toString()));
    assertTrue(err.toString().startsWith("error: " + spec + " has no roles file"), err.toString());
  }

  @Test
  void generateForAProjectReader(@TempDir Path dir) throws Exception {
    Path outDir = dir.resolve("out");
    assertEquals(0, run("generate", "--role", "Project Reader", "--project-id", "42", "--language", "none",
        "--out", outDir.toString()), err.toString());
    assertTrue(out.toString().startsWith("Generated 7 requests of Loome Assist API into "), out.toString());
    try (Stream<Path> files = Files.list(outDir)) {
      assertEquals(List.of("ACCESS.md", "loome-assist-api-project-reader-au.postman_environment.json",
          "loome-assist-api-project-reader-us.postman_environment.json",
          "loome-assist-api-project-reader.postman_collection.json", "reference"),
          files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".") && !n.equals("snippets"))
              .sorted().toList());
    }
    String collection = Files.readString(outDir.resolve("loome-assist-api-project-reader.postman_collection.json"));
    assertTrue(collection.contains("\"name\": \"Loome Assist API (Project Reader)\""), collection.substring(0, 400));
    assertEquals("", err.toString());
  }

  @Test
  void unknownRoleFailsWithSuggestionAndWritesNothing(@TempDir Path dir) {
    Path outDir = dir.resolve("out");
    assertEquals(1, run("generate", "--role", "Project Raeder", "--out", outDir.toString()));
    assertEquals("error: unknown role 'Project Raeder'; known roles: Administrator, Project Creator, Consumer, "
        + "Project Owner, Project Contributor, Project Reader; did you mean 'Project Reader'?" + System.lineSeparator(),
        err.toString());
    assertTrue(!Files.exists(outDir));
  }

  @Test
  void projectRoleWithoutProjectIdWarns(@TempDir Path dir) {
    assertEquals(0, run("generate", "--role", "Project Reader", "--out", dir.toString()));
    assertTrue(err.toString().contains("warning: a project role's collection is for one project: pass --project-id ID"),
        err.toString());
  }

  @Test
  void usageErrorsExitWith2() {
    assertEquals(2, run("generate", "--role"));
    assertEquals(2, run("roles", "--no-such-option"));
  }

  @Test
  void helpExplainsTheRoleOptions() {
    assertEquals(0, run("generate", "--help"));
    String help = out.toString();
    for (String option : List.of("--role=NAME", "--scopes=SCOPE[,SCOPE...]", "--roles-file=FILE", "--project-id=ID")) {
      assertTrue(help.contains(option), option + " missing from:\n" + help);
    }
  }
}
