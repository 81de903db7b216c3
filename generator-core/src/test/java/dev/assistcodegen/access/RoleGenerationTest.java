package dev.assistcodegen.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assistcodegen.report.GenerationException;
import dev.assistcodegen.Generator;
import dev.assistcodegen.GeneratorConfig;
import dev.assistcodegen.report.GeneratorLog;
import dev.assistcodegen.load.SpecLoader;
import dev.assistcodegen.model.ApiSpec;
import dev.assistcodegen.postman.PostmanJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What role selection does to the generated files: names, ids, the project variable, descriptions, ACCESS.md. */
class RoleGenerationTest {
  static final ApiSpec LOOME = RolesGoldenTest.LOOME;
  static final String SLACK_PATH = Path.of("src/test/resources/roles/slack-like.openapi.yaml").toString();

  private static JsonNode collection(Map<String, byte[]> files) throws Exception {
    String name = files.keySet().stream().filter(f -> f.endsWith(".postman_collection.json")).findFirst().orElseThrow();
    return PostmanJson.MAPPER.readTree(files.get(name));
  }

  @Test
  void filesAndIdsSayWhichRoleTheyAreFor() throws Exception {
    Map<String, byte[]> reader = Generator.render(LOOME,
        GeneratorConfig.builder().roles(List.of("project reader")).projectId("42").build(), GeneratorLog.silent());
    Map<String, byte[]> owner = Generator.render(LOOME,
        GeneratorConfig.builder().roles(List.of("Project Owner")).projectId("42").build(), GeneratorLog.silent());
    assertEquals(List.of("loome-assist-api-project-reader.postman_collection.json",
        "loome-assist-api-project-reader-au.postman_environment.json",
        "loome-assist-api-project-reader-us.postman_environment.json", "ACCESS.md", "reference/index.html"),
        reader.keySet().stream().filter(f -> !f.startsWith("snippets/")).toList());
    assertTrue(reader.keySet().stream().filter(f -> f.startsWith("snippets/python/")).count() == 7,
        "a snippet per operation the role may call: " + reader.keySet());
    assertEquals("Loome Assist API (Project Reader)", collection(reader).path("info").path("name").asText());
    assertNotEquals(collection(reader).path("info").path("_postman_id"), collection(owner).path("info").path("_postman_id"));
    assertTrue(owner.containsKey("loome-assist-api-project-owner.postman_collection.json"));
  }

  @Test
  void projectIdFillsTheVariableAndEveryProjectPathAndQuery() throws Exception {
    Map<String, byte[]> files = Generator.render(LOOME,
        GeneratorConfig.builder().roles(List.of("Project Reader")).projectId("1234").build(), GeneratorLog.silent());
    JsonNode c = collection(files);
    JsonNode variable = null;
    for (JsonNode v : c.path("variable")) {
      if (v.path("key").asText().equals("projectId")) {
        variable = v;
      }
    }
    assertTrue(variable != null, "no projectId collection variable");
    assertEquals("1234", variable.path("value").asText());
    int projectPaths = 0;
    int projectQueries = 0;
    for (JsonNode folder : c.path("item")) {
      for (JsonNode item : folder.path("item")) {
        JsonNode url = item.path("request").path("url");
        for (JsonNode v : url.path("variable")) {
          if (v.path("key").asText().equals("projectId")) {
            assertEquals("{{projectId}}", v.path("value").asText());
            projectPaths++;
          }
        }
        for (JsonNode q : url.path("query")) {
          if (q.path("key").asText().equals("projectId")) {
            assertEquals("{{projectId}}", q.path("value").asText());
            assertTrue(url.path("raw").asText().endsWith("/datarepositories?projectId={{projectId}}"), url.path("raw").asText());
            projectQueries++;
          }
        }
      }
    }
    assertEquals(6, projectPaths, "the Reader's requests on /projects/{projectId}/...");
    assertEquals(1, projectQueries, "Get Data Repositories asks for the project in its query");
    // the snippets send the same project
    String snippet = new String(files.get("snippets/python/data-repository-endpoints/get-data-repositories.py"),
        java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(snippet.contains("/datarepositories?projectId=1234"), snippet);
  }

  @Test
  void descriptionsNameScopesAndRoles() throws Exception {
    JsonNode c = collection(Generator.render(LOOME, GeneratorConfig.builder().build(), GeneratorLog.silent()));
    String description = c.path("item").get(1).path("item").get(6).path("request").path("description").asText();
    assertTrue(description.contains("(operationId `getMountingDetailsByDataRepositoryId`)"), description);
    assertTrue(description.contains("**Access:** requires scope `resources.use`. Roles that may call it: "
        + "Administrator, Project Creator, Project Owner, Project Contributor.\n"), description);
    assertEquals("Loome Assist API", c.path("info").path("name").asText());
  }

  @Test
  void aNonLoomeSpecFilteredWithScopes(@TempDir Path out) throws Exception {
    GeneratorConfig config = GeneratorConfig.builder().spec(SLACK_PATH).outputDir(out)
        .scopes(List.of("channels:read,chat:write")).build();
    var result = Generator.generate(config, GeneratorLog.silent());
    assertEquals(3, result.operationCount());
    Path file = out.resolve("slack-like-web-api-scopes-channels-read-chat-write.postman_collection.json");
    JsonNode c = PostmanJson.MAPPER.readTree(Files.readString(file));
    assertEquals(List.of("apiTest", "chatPostMessage", "conversationsList"),
        RolesGoldenTest.requestOperationIds(c).stream().sorted().toList());
    String access = Files.readString(out.resolve("ACCESS.md"), StandardCharsets.UTF_8);
    // untagged: grouped by the resource of each path, as the collection's folders
    String header = String.join("\n",
        "| Operation              | Scopes                            | Scopes channels:read chat:write |",
        "| ---------------------- | --------------------------------- | :-----------------------------: |");
    assertTrue(access.contains(String.join("\n", "## Conversations", "", header,
        "| List conversations     | channels:read or groups:read      |                ✓                |",
        "| Conversation history   | channels:history                  |                                 |")), access);
    assertTrue(access.contains(String.join("\n", "## Chat", "", header,
        "| Post a message         | chat:write                        |                ✓                |",
        "| Delete a message       | chat:write + chat:write.customize |                                 |")), access);
    assertEquals(List.of("Summary", "Api", "Conversations", "Chat", "Users", "Admin"),
        access.lines().filter(l -> l.startsWith("## ")).map(l -> l.substring(3)).toList());
    List<String> folders = new java.util.ArrayList<>();
    c.path("item").forEach(folder -> folders.add(folder.path("name").asText()));
    assertEquals(List.of("Api", "Conversations", "Chat"), folders, "the collection's folders, as in ACCESS.md");
    assertTrue(access.contains("- **Scopes channels:read chat:write** (granted with --scopes): 3 of 7 operations"),
        access);
  }

  @Test
  void aSpecWithoutRolesOrScopesGetsNoMatrix() {
    Map<String, byte[]> files = Generator.render(SpecLoader.load(SLACK_PATH, GeneratorLog.silent()),
        GeneratorConfig.builder().spec(SLACK_PATH).build(), GeneratorLog.silent());
    assertFalse(files.containsKey("ACCESS.md"), files.keySet().toString());
  }

  @Test
  void aSiblingRolesFileIsFoundAndAnExplicitOneWins(@TempDir Path dir) throws Exception {
    Path spec = dir.resolve("slack.openapi.yaml");
    Files.copy(Path.of(SLACK_PATH), spec);
    Files.writeString(dir.resolve("slack.roles.yaml"),
        "roles:\n  - name: Poster\n    kind: application\n    scopes: [chat:write]\n");
    Path other = dir.resolve("other.yaml");
    Files.writeString(other, "roles:\n  - name: Admin\n    kind: application\n    scopes: [admin.users:write]\n");
    ApiSpec slack = SpecLoader.load(spec.toString(), GeneratorLog.silent());
    Map<String, byte[]> poster = Generator.render(slack,
        GeneratorConfig.builder().spec(spec.toString()).roles(List.of("Poster")).build(), GeneratorLog.silent());
    assertEquals(List.of("apiTest", "chatPostMessage"),
        RolesGoldenTest.requestOperationIds(collection(poster)).stream().sorted().toList());
    GenerationException e = assertThrows(GenerationException.class, () -> Generator.render(slack,
        GeneratorConfig.builder().spec(spec.toString()).rolesFile(other).roles(List.of("Poster")).build(),
        GeneratorLog.silent()));
    assertEquals("unknown role 'Poster'; known roles: Admin", e.getMessage());
  }
}
