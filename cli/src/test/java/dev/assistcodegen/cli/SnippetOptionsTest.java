package dev.assistcodegen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The snippet options of generate and the languages command, run through picocli as a user would. */
class SnippetOptionsTest {
  private static final List<String> IDS = List.of("curl", "httpie", "wget", "powershell", "python-requests",
      "python", "javascript", "java", "csharp", "go", "ruby", "php");
  private static final String SPEC = String.join("\n",
      "openapi: 3.0.3",
      "info: {title: Tiny, version: '1'}",
      "servers: [{url: 'https://api.example.com'}]",
      "paths:",
      "  /things/{id}:",
      "    get:",
      "      operationId: getThing",
      "      summary: Get a thing",
      "      tags: [Things]",
      "      parameters: [{name: id, in: path, required: true, schema: {type: integer, example: 7}}]",
      "      responses: {'200': {description: ok}}",
      "");

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  @TempDir
  Path dir;

  private int run(String... args) {
    CommandLine cmd = AssistCodegen.commandLine();
    cmd.setOut(new PrintWriter(out, true));
    cmd.setErr(new PrintWriter(err, true));
    return cmd.execute(args);
  }

  private Path spec() throws IOException {
    Path spec = dir.resolve("tiny.yaml");
    Files.writeString(spec, SPEC);
    return spec;
  }

  private static Set<String> files(Path root) throws IOException {
    if (!Files.isDirectory(root)) {
      return Set.of();
    }
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
          .filter(p -> !p.startsWith(".")).collect(Collectors.toCollection(TreeSet::new));
    }
  }

  @Test
  void languagesListsTheTwelveIdsWithNameRuntimeAndDependencies() {
    assertEquals(0, run("languages"), err.toString());
    List<String> lines = out.toString().lines().toList();
    assertEquals(13, lines.size(), out.toString());
    assertTrue(lines.get(0).matches("ID +NAME +RUNTIME +DEPENDENCIES"), lines.get(0));
    List<String> ids = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] columns = line.split(" {2,}");
      assertEquals(4, columns.length, "id, name, runtime, dependencies: " + line);
      ids.add(columns[0]);
    }
    assertEquals(IDS, ids);
    assertTrue(out.toString().contains("PowerShell (Invoke-RestMethod)"), out.toString());
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("python-requests ") && l.endsWith("requests (pip install requests)")),
        out.toString());
    assertEquals("", err.toString());
  }

  @Test
  void languageListWritesOnlyThoseLanguages() throws Exception {
    Path outDir = dir.resolve("out");
    assertEquals(0, run("generate", "--spec", spec().toString(), "--out", outDir.toString(),
        "--language", "curl,python"), err.toString());
    assertEquals(Set.of("curl/things/get-a-thing.sh", "python/things/get-a-thing.py"), files(outDir.resolve("snippets")));
  }

  @Test
  void languageNoneWritesNoSnippets() throws Exception {
    Path outDir = dir.resolve("out");
    assertEquals(0, run("generate", "--spec", spec().toString(), "--out", outDir.toString(), "--language", "none"),
        err.toString());
    assertFalse(Files.exists(outDir.resolve("snippets")), files(outDir).toString());
    assertTrue(Files.exists(outDir.resolve("tiny.postman_collection.json")), files(outDir).toString());
  }

  @Test
  void unknownLanguageIsAUsageErrorListingTheKnownIds() throws Exception {
    Path outDir = dir.resolve("out");
    assertEquals(2, run("generate", "--spec", spec().toString(), "--out", outDir.toString(),
        "--language", "curl,cobol"));
    assertEquals(List.of("error: unknown language 'cobol' (known: " + String.join(", ", IDS)
        + "; or all, none)", "See 'assist-codegen generate --help'."), err.toString().lines().toList());
    assertFalse(Files.exists(outDir));
  }

  @Test
  void templateDirOverridesABuiltInLanguageAndAddsANewOne() throws Exception {
    Path templates = dir.resolve("templates");
    Files.createDirectories(templates.resolve("curl"));
    Files.writeString(templates.resolve("curl/snippet.sh.ftl"), "# my curl [=r.methodWord] [=r.pathAndQuery]\n");
    Files.createDirectories(templates.resolve("http"));
    Files.writeString(templates.resolve("http/language.yaml"), String.join("\n",
        "id: http", "name: HTTP request file", "extension: http", "runtime: any REST client", "literal: bash", ""));
    Files.writeString(templates.resolve("http/snippet.http.ftl"), "[=r.methodWord] {{baseUrl}}[=r.pathAndQuery]\n");
    Path outDir = dir.resolve("out");
    assertEquals(0, run("generate", "--spec", spec().toString(), "--out", outDir.toString(),
        "--template-dir", templates.toString(), "--language", "curl,http,python"), err.toString());
    assertEquals(Set.of("curl/things/get-a-thing.sh", "http/things/get-a-thing.http", "python/things/get-a-thing.py"),
        files(outDir.resolve("snippets")));
    assertEquals("# my curl GET '/things/7'\n", Files.readString(outDir.resolve("snippets/curl/things/get-a-thing.sh")));
    assertEquals("GET {{baseUrl}}'/things/7'\n", Files.readString(outDir.resolve("snippets/http/things/get-a-thing.http")));
    // the built-in template is still used for languages the folder does not override
    assertTrue(Files.readString(outDir.resolve("snippets/python/things/get-a-thing.py")).startsWith("#!/usr/bin/env python3"));

    out.getBuffer().setLength(0);
    assertEquals(0, run("languages", "--template-dir", templates.toString()), err.toString());
    assertTrue(out.toString().lines().anyMatch(l -> l.startsWith("http ") && l.contains("HTTP request file")
        && l.contains("any REST client")), out.toString());
  }

  @Test
  void anUnusableTemplateDirectoryIsOneErrorLineAndWritesNothing() throws Exception {
    Path missing = dir.resolve("no-such-templates");
    Path file = Files.writeString(dir.resolve("templates.txt"), "not a folder\n");
    Path badDescriptor = dir.resolve("bad");
    Files.createDirectories(badDescriptor.resolve("curl"));
    Files.writeString(badDescriptor.resolve("curl/language.yaml"), "id: curl\nname: [unclosed\n");
    Path unreadable = Files.createDirectories(dir.resolve("locked"));
    // root reads any folder whatever its mode: then the unreadable case cannot be set up here
    boolean canLock = !"root".equals(System.getProperty("user.name"));
    java.util.Map<Path, String> expected = new java.util.LinkedHashMap<>();
    expected.put(missing, "error: " + missing + ": template directory does not exist");
    expected.put(file, "error: " + file + ": template directory is not a directory");
    expected.put(badDescriptor, "error: " + badDescriptor.resolve("curl/language.yaml")
        + ":2:7: not a valid language descriptor: ");
    if (canLock) {
      Files.setPosixFilePermissions(unreadable, java.util.Set.of());
      expected.put(unreadable, "error: " + unreadable + ": template directory is not readable");
    }
    for (java.util.Map.Entry<Path, String> e : expected.entrySet()) {
      err.getBuffer().setLength(0);
      Path outDir = dir.resolve("out");
      assertEquals(1, run("generate", "--spec", spec().toString(), "--out", outDir.toString(),
          "--template-dir", e.getKey().toString(), "--language", "curl"), e.getKey().toString());
      List<String> lines = err.toString().lines().toList();
      assertEquals(1, lines.size(), err.toString());
      assertTrue(lines.get(0).startsWith(e.getValue()), lines.get(0) + " does not start with " + e.getValue());
      assertFalse(Files.exists(outDir), "no partial output: " + files(outDir));
    }
    if (canLock) {
      Files.setPosixFilePermissions(unreadable, java.util.Set.of(java.nio.file.attribute.PosixFilePermission.OWNER_READ,
          java.nio.file.attribute.PosixFilePermission.OWNER_WRITE, java.nio.file.attribute.PosixFilePermission.OWNER_EXECUTE));
    }
  }

  @Test
  void aTemplateErrorNamesTemplateAndLineAndWritesNothing() throws Exception {
    Path templates = dir.resolve("templates");
    Files.createDirectories(templates.resolve("python"));
    Files.writeString(templates.resolve("python/snippet.py.ftl"), "# ok\n# ok\nprint([=r.noSuchField])\n");
    Path outDir = dir.resolve("out");
    assertEquals(1, run("generate", "--spec", spec().toString(), "--out", outDir.toString(),
        "--template-dir", templates.toString(), "--language", "curl,python"));
    List<String> lines = err.toString().lines().toList();
    assertEquals(1, lines.size(), err.toString());
    assertTrue(lines.get(0).startsWith("error: template python/snippet.py.ftl:3:"), lines.get(0));
    assertTrue(lines.get(0).contains("noSuchField"), lines.get(0));
    assertFalse(Files.exists(outDir), "no partial output: " + files(outDir));
  }

  @Test
  void aTemplateSyntaxErrorNamesTemplateAndLine() throws Exception {
    Path templates = dir.resolve("templates");
    Files.createDirectories(templates.resolve("ruby"));
    Files.writeString(templates.resolve("ruby/snippet.rb.ftl"), "# ok\n<#if r.hasQuery>\nputs 1\n");
    Path outDir = dir.resolve("out");
    assertEquals(1, run("generate", "--spec", spec().toString(), "--out", outDir.toString(),
        "--template-dir", templates.toString()));
    List<String> lines = err.toString().lines().toList();
    assertEquals(1, lines.size(), err.toString());
    assertTrue(lines.get(0).matches("error: template ruby/snippet\\.rb\\.ftl:\\d+:\\d+: .+"), lines.get(0));
    assertFalse(Files.exists(outDir), "no partial output: " + files(outDir));
  }

  @Test
  void embedSnippetsPutsFencedCodeBlocksIntoRequestDescriptions() throws Exception {
    Path outDir = dir.resolve("out");
    assertEquals(0, run("generate", "--spec", spec().toString(), "--out", outDir.toString(),
        "--language", "curl,python", "--embed-snippets"), err.toString());
    JsonNode collection = new ObjectMapper().readTree(outDir.resolve("tiny.postman_collection.json").toFile());
    String description = collection.at("/item/0/item/0/request/description").asText();
    String curl = Files.readString(outDir.resolve("snippets/curl/things/get-a-thing.sh"));
    String python = Files.readString(outDir.resolve("snippets/python/things/get-a-thing.py"));
    assertTrue(description.contains("```bash\n" + curl + "```\n"), description);
    assertTrue(description.contains("```python\n" + python + "```\n"), description);
    assertFalse(description.contains("```powershell"), description);

    Path plain = dir.resolve("plain");
    assertEquals(0, run("generate", "--spec", spec().toString(), "--out", plain.toString(), "--language", "curl"),
        err.toString());
    String without = new ObjectMapper().readTree(plain.resolve("tiny.postman_collection.json").toFile())
        .at("/item/0/item/0/request/description").asText();
    assertFalse(without.contains("```"), without);
  }
}
