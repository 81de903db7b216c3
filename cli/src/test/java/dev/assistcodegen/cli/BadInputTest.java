package dev.assistcodegen.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-input corpus: each broken input exits 1 with exactly one line on stderr, the exact
 * message, no stack trace, and leaves the output of an earlier good run byte for byte intact.
 */
class BadInputTest {
  static final String GOOD = """
      openapi: 3.0.3
      info: {title: Good, version: '1'}
      paths:
        /ping:
          get:
            responses: {'200': {description: ok}}
      """;

  @TempDir
  Path tmp;
  Path out;

  /** The result of one CLI run. */
  record Run(int exit, String stdout, String stderr) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    var cmd = AssistCodegen.commandLine();
    cmd.setOut(new PrintWriter(out, true));
    cmd.setErr(new PrintWriter(err, true));
    int exit = cmd.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  @BeforeEach
  void earlierGoodRun() throws IOException {
    out = tmp.resolve("out");
    Path good = write("good.yaml", GOOD);
    Run r = run("generate", "--spec", good.toString(), "--out", out.toString());
    assertEquals(0, r.exit(), r.stderr());
  }

  /** Case name, spec file content (null: none written), expected message with {spec} for the path. */
  static Stream<Arguments> brokenSpecs() {
    return Stream.of(
        Arguments.of("missing file", null, "{spec}: no such file"),
        Arguments.of("empty file", "", "{spec}: the file is empty"),
        Arguments.of("only whitespace", " \n\n  \n", "{spec}: the file is empty"),
        Arguments.of("binary junk", "\u0000\u0001\u0002PK\u0003\u0004", "{spec}: binary data, not a YAML or JSON OpenAPI document"),
        Arguments.of("invalid YAML", "openapi: 3.0.3\ninfo:\n  title: [unclosed\n  version: 1\n",
            "{spec}:4:10: invalid YAML: expected ',' or ']', but got : (while parsing a flow sequence at 3:10)"),
        Arguments.of("invalid JSON", "{\n  \"openapi\": \"3.0.3\",\n  \"info\": {\"title\": \"x\",}\n}\n",
            "{spec}:3:25: invalid JSON: Unexpected character ('}' (code 125)): was expecting double-quote to start field name"),
        Arguments.of("JSON that is not OpenAPI", "{\"name\": \"package\", \"version\": \"1.0.0\"}",
            "{spec}: not an OpenAPI document (no 'openapi' or 'swagger' field at the top level)"),
        Arguments.of("YAML list, not a mapping", "- a\n- b\n",
            "{spec}: not an OpenAPI document (the top level is not a mapping)"),
        Arguments.of("unsupported OpenAPI version", "openapi: 4.0.0\ninfo: {title: x, version: '1'}\npaths: {}\n",
            "{spec}: unsupported OpenAPI version '4.0.0' (supported: 2.0, 3.0.x, 3.1.x)"),
        Arguments.of("unsupported Swagger version", "swagger: '1.2'\ninfo: {title: x, version: '1'}\n",
            "{spec}: unsupported Swagger version '1.2' (supported: 2.0, 3.0.x, 3.1.x)"),
        Arguments.of("unresolved local $ref", """
            openapi: 3.0.3
            info: {title: x, version: '1'}
            paths:
              /pets:
                post:
                  requestBody:
                    content:
                      application/json:
                        schema: {$ref: '#/components/schemas/Missing'}
                  responses: {'200': {description: ok}}
            """, "{spec}:9: unresolved $ref '#/components/schemas/Missing' (used at post /pets)"),
        Arguments.of("unresolved external file $ref", """
            openapi: 3.0.3
            info: {title: x, version: '1'}
            paths:
              /pets:
                post:
                  requestBody:
                    content:
                      application/json:
                        schema: {$ref: './missing-schemas.yaml#/Pet'}
                  responses: {'200': {description: ok}}
            """, "{spec}:9: unresolved $ref './missing-schemas.yaml#/Pet' (used at post /pets)"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenSpecs")
  void brokenSpecFailsWithOneLineAndLeavesEarlierOutputIntact(String name, String content, String expected)
      throws IOException {
    Map<String, byte[]> before = snapshot(out);
    Path spec = tmp.resolve("spec-" + name.replaceAll("[^a-z]+", "-") + ".yaml");
    if (content != null) {
      Files.write(spec, content.getBytes(StandardCharsets.ISO_8859_1));
    }
    Run r = run("generate", "--spec", spec.toString(), "--out", out.toString());
    assertFailure(r, "error: " + expected.replace("{spec}", spec.toString()));
    assertSame(before, snapshot(out));
  }

  @Test
  void specThatIsADirectory() throws IOException {
    Path dir = Files.createDirectory(tmp.resolve("a-dir"));
    Map<String, byte[]> before = snapshot(out);
    Run r = run("generate", "--spec", dir.toString(), "--out", out.toString());
    assertFailure(r, "error: " + dir + ": is a directory, not an OpenAPI file");
    assertSame(before, snapshot(out));
  }

  @Test
  void outputPathThatIsAFile() throws IOException {
    Path file = write("not-a-dir", "keep me");
    Run r = run("generate", "--spec", write("g.yaml", GOOD).toString(), "--out", file.toString());
    assertFailure(r, "error: " + file + ": output path exists and is not a directory");
    assertEquals("keep me", Files.readString(file));
  }

  @Test
  void outputDirectoryThatCannotBeCreated() throws IOException {
    // tests run as root, so chmod cannot make a directory unwritable: put the output under a file
    Path file = write("blocker", "keep me");
    Path target = file.resolve("sub");
    Run r = run("generate", "--spec", write("g.yaml", GOOD).toString(), "--out", target.toString());
    assertFailure(r, "error: " + target + ": cannot create the output directory: a file is in the way ("
        + file + ")");
    assertEquals("keep me", Files.readString(file));
  }

  @Test
  void outputDirectoryOnAReadOnlyFileSystem() {
    // /proc is not writable even by root
    Path target = Path.of("/proc/assist-codegen-test-out");
    Run r = run("generate", "--spec", "--out", target.toString());
    assertEquals(2, r.exit(), "--spec without a value is a usage error: " + r.stderr());
    Run real = run("generate", "--out", target.toString());
    assertEquals(1, real.exit(), real.stderr());
    assertEquals(1, real.stderr().lines().count(), real.stderr());
    assertTrue(real.stderr().startsWith("error: " + target + ": "), real.stderr());
    assertFalse(Files.exists(target));
  }

  private static final String SCOPED = """
      openapi: 3.0.3
      info: {title: Scoped, version: '1'}
      components:
        securitySchemes:
          oauth:
            type: oauth2
            flows:
              clientCredentials:
                tokenUrl: https://auth.example.com/token
                scopes: {read: Read, write: Write}
      security: [{oauth: [read]}]
      paths:
        /ping:
          get:
            responses: {'200': {description: ok}}
      """;

  @Test
  void rolesFileWithAnUnknownScope() throws IOException {
    Map<String, byte[]> before = snapshot(out);
    Path roles = write("api.roles.yaml", "roles:\n  - name: Reader\n    kind: application\n    scopes: [read,\n      raed]\n");
    Run r = run("generate", "--spec", write("api.yaml", SCOPED).toString(), "--roles-file", roles.toString(),
        "--role", "Reader", "--out", out.toString());
    assertFailure(r, "error: " + roles + ":5: role 'Reader': unknown scope 'raed' (not declared by any oauth2 scheme"
        + " of the spec; declared: read, write)");
    assertSame(before, snapshot(out));
  }

  @Test
  void rolesFileThatIsNotYaml() throws IOException {
    Map<String, byte[]> before = snapshot(out);
    Path roles = write("api.roles.yaml", "roles:\n  - name: 'Reader\n");
    Run r = run("generate", "--spec", write("api.yaml", SCOPED).toString(), "--roles-file", roles.toString(),
        "--role", "Reader", "--out", out.toString());
    assertFailure(r, "error: " + roles + ":3:1: invalid YAML: found unexpected end of stream"
        + " (while scanning a quoted scalar at 2:11)");
    assertSame(before, snapshot(out));
  }

  @Test
  void unknownRole() throws IOException {
    Map<String, byte[]> before = snapshot(out);
    Run r = run("generate", "--role", "Project Raeder", "--out", out.toString());
    assertFailure(r, "error: unknown role 'Project Raeder'; known roles: Administrator, Project Creator, Consumer, "
        + "Project Owner, Project Contributor, Project Reader; did you mean 'Project Reader'?");
    assertSame(before, snapshot(out));
  }

  /** A spec URL that cannot be fetched: the host and the reason, not "null" (Java's HTTP client gives no message). */
  @Test
  void aSpecUrlWhoseHostRefusesOrDoesNotResolveNamesHostAndReason() throws IOException {
    Map<String, byte[]> before = snapshot(out);
    // nothing listens on port 1 (tcpmux) of the loopback interface
    Run refused = run("generate", "--spec", "http://127.0.0.1:1/openapi.yaml", "--out", out.toString());
    assertFailure(refused, "error: http://127.0.0.1:1/openapi.yaml: cannot fetch the spec: connection refused by"
        + " 127.0.0.1:1");
    // .invalid never resolves (RFC 6761)
    Run unknown = run("--spec", "https://no-such-host.invalid/openapi.yaml", "--out", out.toString());
    assertFailure(unknown, "error: https://no-such-host.invalid/openapi.yaml: cannot fetch the spec: unknown host"
        + " 'no-such-host.invalid' (the name does not resolve)");
    assertSame(before, snapshot(out));
  }

  @Test
  void usageErrorsExit2() {
    assertEquals(2, run("generate", "--no-such-option").exit());
    assertEquals(2, run("generate", "--folders", "sideways").exit());
    assertEquals(2, run("no-such-command").exit());
    assertEquals(2, run("validate").exit());
  }

  @Test
  void helpExits0AndVersionPrintsTheVersion() {
    Run help = run("--help");
    assertEquals(0, help.exit());
    assertTrue(help.stdout().contains("generate"), help.stdout());
    Run generateHelp = run("generate", "--help");
    assertEquals(0, generateHelp.exit());
    assertTrue(generateHelp.stdout().contains("--spec"), generateHelp.stdout());
    Run version = run("-V");
    assertEquals(0, version.exit());
    assertTrue(version.stdout().matches("assist-codegen (\\d+\\.\\d+\\.\\d+\\S*|\\(development build\\))\\R"),
        version.stdout());
  }

  static void assertFailure(Run r, String expectedLine) {
    assertEquals(1, r.exit(), "exit code; stderr: " + r.stderr());
    List<String> lines = r.stderr().lines().toList();
    assertEquals(List.of(expectedLine), lines, "stderr must be exactly one line");
    assertFalse(r.stderr().contains("\tat "), "no stack trace");
    assertFalse(r.stdout().contains("Generated"), r.stdout());
  }

  static void assertSame(Map<String, byte[]> before, Map<String, byte[]> after) {
    assertEquals(before.keySet(), after.keySet(), "files in the output directory changed");
    for (String key : before.keySet()) {
      assertArrayEquals(before.get(key), after.get(key), key + " changed");
    }
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(tmp.resolve(name), content);
  }

  static Map<String, byte[]> snapshot(Path dir) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    List<Path> all = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(dir.getParent())) {
      walk.filter(Files::isRegularFile).filter(p -> p.startsWith(dir) || p.getFileName().toString().startsWith("."))
          .forEach(all::add);
    }
    for (Path p : all) {
      files.put(dir.getParent().relativize(p).toString(), Files.readAllBytes(p));
    }
    assertFalse(files.isEmpty(), "earlier output missing");
    return files;
  }
}
