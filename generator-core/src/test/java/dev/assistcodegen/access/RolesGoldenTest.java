package dev.assistcodegen.access;

import dev.assistcodegen.plan.Folders;
import dev.assistcodegen.plan.RequestFolders;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assistcodegen.Generator;
import dev.assistcodegen.GeneratorConfig;
import dev.assistcodegen.report.GeneratorLog;
import dev.assistcodegen.load.SpecLoader;
import dev.assistcodegen.model.ApiSpec;
import dev.assistcodegen.model.Operation;
import dev.assistcodegen.postman.PostmanJson;
import dev.assistcodegen.plan.Slugs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Golden tests for Loome's six roles: the exact operations of each, in the policy and in the
 * generated collection, and the ACCESS.md matrix. Regenerate with -Dgolden.update=true and
 * review the diff.
 */
class RolesGoldenTest {
  static final Path GOLDEN = Path.of("src/test/resources/roles");
  static final ApiSpec LOOME = SpecLoader.load((String) null, GeneratorLog.silent());

  @ParameterizedTest
  @ValueSource(strings = {"Administrator", "Project Creator", "Consumer", "Project Owner", "Project Contributor",
      "Project Reader"})
  void eachRoleGetsExactlyItsOperations(String role) throws IOException {
    RolesFile roles = RolesFiles.find(null, null, LOOME);
    List<String> fromPolicy = AccessPolicy.of(LOOME, roles, List.of(role), List.of()).apply().operations().stream()
        .map(Operation::operationId).toList();
    Path golden = GOLDEN.resolve(Slugs.of(role, "role") + ".operations.txt");
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(golden, String.join("\n", fromPolicy) + "\n");
    }
    List<String> expected = Files.readAllLines(golden).stream().filter(l -> !l.isBlank()).toList();
    assertEquals(expected, fromPolicy, "operations of " + role);

    // the collection holds exactly those requests, under a name that says whose it is
    Map<String, byte[]> files = Generator.render(LOOME,
        GeneratorConfig.builder().roles(List.of(role)).projectId("42").checkCollection(true).build(),
        GeneratorLog.silent());
    String slug = "loome-assist-api-" + Slugs.of(role, "role");
    byte[] bytes = files.get(slug + ".postman_collection.json");
    assertTrue(bytes != null, "no " + slug + ".postman_collection.json in " + files.keySet());
    JsonNode collection = PostmanJson.MAPPER.readTree(bytes);
    assertEquals("Loome Assist API (" + role + ")", collection.path("info").path("name").asText());
    assertEquals(expected.stream().sorted().toList(), requestOperationIds(collection).stream().sorted().toList());
  }

  @Test
  void accessMatrixMatchesGolden() throws IOException {
    Map<String, byte[]> files = Generator.render(LOOME, GeneratorConfig.builder().build(), GeneratorLog.silent());
    String actual = new String(files.get(AccessMatrix.FILE), StandardCharsets.UTF_8);
    Path golden = GOLDEN.resolve("ACCESS.md");
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(golden, actual);
    }
    assertEquals(Files.readString(golden), actual);
  }

  @Test
  void accessMatrixColumnsAreAlignedForTerminals() {
    String md = new AccessMatrix(AccessPolicy.of(LOOME, RolesFiles.find(null, null, LOOME), List.of(), List.of()),
        RequestFolders.of(LOOME, Folders.TAGS)).render();
    List<String> tableLines = md.lines().filter(l -> l.startsWith("|")).toList();
    assertEquals(52 + 3 * 2, tableLines.size(), "one row per operation plus header and rule per folder");
    int width = tableLines.get(0).codePointCount(0, tableLines.get(0).length());
    List<String> ragged = new ArrayList<>();
    for (String line : tableLines) {
      if (line.codePointCount(0, line.length()) != width) {
        ragged.add(line);
      }
    }
    assertEquals(List.of(), ragged, "every table line has the same width");
  }

  /** The operationId of each request, read back from the "(operationId `x`)" line of its description. */
  static List<String> requestOperationIds(JsonNode collection) {
    List<String> ids = new ArrayList<>();
    collect(collection.path("item"), ids);
    return ids;
  }

  private static void collect(JsonNode items, List<String> ids) {
    for (JsonNode item : items) {
      if (item.has("item")) {
        collect(item.path("item"), ids);
        continue;
      }
      String description = item.path("request").path("description").asText();
      var m = java.util.regex.Pattern.compile("\\(operationId `([^`]+)`\\)").matcher(description);
      assertTrue(m.find(), "no operationId in the description of " + item.path("name"));
      ids.add(m.group(1));
    }
  }
}
