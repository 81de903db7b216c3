package dev.assistcodegen.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.assistcodegen.Generator;
import dev.assistcodegen.GeneratorConfig;
import dev.assistcodegen.load.SpecLoader;
import dev.assistcodegen.model.ApiSpec;
import dev.assistcodegen.model.Operation;
import dev.assistcodegen.postman.PostmanIds;
import dev.assistcodegen.report.GeneratorLog;
import dev.assistcodegen.snippets.Escapers;
import dev.assistcodegen.testing.SentAuth;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The snippets authenticate as the collection does: for every request of every golden case,
 * the Loome spec and every {@code @readme/oas-examples} spec, the auth read back from the written
 * collection (inheritance resolved, credential headers, query parameters and cookies) equals the
 * auth of the request's snippet view, read back from a snippet written by a probe language (a
 * template folder whose template prints {@code r.auth} as JSON) through the ordinary renderer.
 * Both sides are the writers' outputs, not the plan they share.
 */
class SameAuthTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  static Path templates;

  @BeforeAll
  static void writeProbeLanguage() throws IOException {
    probe("auth-probe", "{\"authKind\": \"[=r.auth.authKind]\"");
    // a snippet writer that ignores the plan: every request "basic"
    probe("broken-probe", "{\"authKind\": \"basic\"");
  }

  private static void probe(String id, String start) throws IOException {
    Path dir = Files.createDirectories(templates.resolve(id));
    Files.writeString(dir.resolve("language.yaml"), "id: " + id + "\nname: Auth probe\nextension: json\n"
        + "literal: javascript\n");
    // the JavaScript literal escaper writes JSON-compatible string literals
    Files.writeString(dir.resolve("snippet.json.ftl"), "[=r.operationComment]\n" + start
        + ", \"tokenUrl\": [=r.auth.tokenUrl], \"scope\": [=r.auth.scope],"
        + " \"authorizationPrefix\": [=r.auth.authorizationPrefix], \"keys\": [<#list r.auth.keys as k>"
        + "{\"in\": \"[=k.locationKind]\", \"name\": [=k.name]}<#sep>, </#list>]}\n");
  }

  static Stream<String> goldenCases() throws IOException {
    return GoldenCasesTest.cases();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldenCases")
  void goldenCaseSnippetsAuthenticateAsTheCollection(String name) {
    assertSame(GoldenCasesTest.specOf(name).toString(), "auth-probe");
  }

  @Test
  void loomeSnippetsAuthenticateAsTheCollection() {
    assertTrue(assertSame(null, "auth-probe") > 50, "every Loome request compared");
  }

  @Test
  void oasExamplesSnippetsAuthenticateAsTheCollection() {
    List<String> failures = new ArrayList<>();
    int compared = 0;
    for (Path spec : SpecCorpus.oasExamples()) {
      try {
        compared += assertSame(spec.toString(), "auth-probe");
      } catch (AssertionError e) {
        failures.add(SpecCorpus.name(spec) + ": " + e.getMessage());
      }
    }
    assertTrue(failures.isEmpty(), String.join("\n", failures));
    assertTrue(compared > 1000, "requests compared: " + compared);
  }

  /** The test can fail: a snippet writer that ignores the plan, and a collection with one request's auth changed. */
  @Test
  void aWriterThatSendsOtherAuthFails() throws IOException {
    String spec = GoldenCasesTest.specOf("auth-combined").toString();
    AssertionError broken = org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class,
        () -> assertSame(spec, "broken-probe"));
    assertTrue(broken.getMessage().contains("orOp: collection bearer != snippet basic"), broken.getMessage());

    Map<String, byte[]> files = render(spec, "auth-probe");
    ObjectNode collection = (ObjectNode) JSON.readTree(file(files, ".postman_collection.json"));
    Set<String> secrets = SentAuth.secrets(JSON.readTree(file(files, ".postman_environment.json")));
    Map<String, SentAuth> before = SentAuth.ofCollection(collection, secrets);
    // the "or" request drops its own auth and inherits the collection's
    for (JsonNode item : collection.path("item").findParents("request")) {
      ((ObjectNode) item.path("request")).remove("auth");
    }
    assertFalse(before.equals(SentAuth.ofCollection(collection, secrets)), "a changed collection reads differently");
    assertEquals(List.of(), mismatches(spec, files, before));
    assertFalse(mismatches(spec, files, SentAuth.ofCollection(collection, secrets)).isEmpty());
  }

  /** Compares every request of {@code spec} (null: the embedded one); returns how many. */
  private static int assertSame(String spec, String probe) {
    Map<String, byte[]> files = render(spec, probe);
    try {
      JsonNode collection = JSON.readTree(file(files, ".postman_collection.json"));
      Set<String> secrets = SentAuth.secrets(JSON.readTree(file(files, ".postman_environment.json")));
      List<String> differences = mismatches(spec, files, SentAuth.ofCollection(collection, secrets));
      assertTrue(differences.isEmpty(), differences.size() + " requests authenticate differently:\n"
          + String.join("\n", differences));
      return collection.findValues("request").size();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static Map<String, byte[]> render(String spec, String probe) {
    ApiSpec api = SpecLoader.load(spec, GeneratorLog.silent());
    GeneratorConfig.Builder config = GeneratorConfig.builder().languages(List.of(probe)).templateDir(templates);
    if (spec != null) {
      config.spec(spec);
    }
    return Generator.render(api, config.build(), GeneratorLog.silent());
  }

  /** "operationId: collection auth != snippet auth" per request that differs, or that has no snippet. */
  private static List<String> mismatches(String spec, Map<String, byte[]> files, Map<String, SentAuth> collection)
      throws IOException {
    ApiSpec api = SpecLoader.load(spec, GeneratorLog.silent());
    String collectionName = JSON.readTree(file(files, ".postman_collection.json")).path("info").path("name").asText();
    Map<String, SentAuth> snippets = new HashMap<>();
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      if (f.getKey().startsWith("snippets/") && f.getKey().endsWith(".json")) {
        String[] lines = new String(f.getValue(), StandardCharsets.UTF_8).split("\n", 2);
        snippets.put(lines[0], SentAuth.ofSnippetView(JSON.readTree(lines[1])));
      }
    }
    List<String> out = new ArrayList<>();
    for (Operation op : api.operations()) {
      SentAuth written = collection.get(PostmanIds.of(collectionName, "request", op.operationId()));
      SentAuth snippet = snippets.get(Escapers.comment(op.method() + " " + op.path() + " (operationId "
          + op.operationId() + ")"));
      if (written == null || snippet == null || !written.equals(snippet)) {
        out.add(op.operationId() + ": collection " + written + " != snippet " + snippet);
      }
    }
    assertEquals(api.operations().size(), new TreeSet<>(snippets.keySet()).size(), "one snippet per request");
    return out;
  }

  private static byte[] file(Map<String, byte[]> files, String suffix) {
    return files.entrySet().stream().filter(e -> e.getKey().endsWith(suffix) && !e.getKey().contains("/"))
        .map(Map.Entry::getValue).findFirst().orElseThrow(() -> new AssertionError("no *" + suffix));
  }
}
