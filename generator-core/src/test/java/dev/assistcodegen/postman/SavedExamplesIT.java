package dev.assistcodegen.postman;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assistcodegen.testing.Processes;
import dev.assistcodegen.testing.RepoPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A saved example keeps only the method and URL of its request (no copy of the headers, body or
 * description), and Postman's collection SDK, which the app and Newman load collections with,
 * still reads every example whole: name, status, headers, body, and the original request's
 * method and URL, the request's own. Runs node.
 */
class SavedExamplesIT {
  private static final Path SCRIPT = RepoPaths.root().resolve("generator-core/src/test/resources/postman/sdk-examples.js");

  @Test
  void postmansSdkReadsEveryExampleWithItsMethodAndUrl(@TempDir Path dir) throws IOException {
    Path spec = RepoPaths.root().resolve("generator-core/src/test/resources/cases/parameters/openapi.yaml");
    GeneratedFiles files = GeneratedFiles.generate(spec, dir);
    JsonNode collection = PostmanJson.MAPPER.readTree(files.collection().toFile());
    List<JsonNode> written = new ArrayList<>();
    collection.findValues("response").forEach(list -> list.forEach(written::add));
    assertFalse(written.isEmpty(), "the case has saved examples");
    for (JsonNode response : written) {
      List<String> fields = new ArrayList<>();
      response.path("originalRequest").fieldNames().forEachRemaining(fields::add);
      assertEquals(List.of("method", "url"), fields, "a lean original request: " + response);
    }

    Path sdk = RepoPaths.npmFile("postman-collection/package.json").getParent();
    Processes.Result result = Processes.run(List.of(RepoPaths.command("node", "nodejs").toString(), SCRIPT.toString(),
        sdk.toString(), files.collection().toString()), dir, null, 120);
    assertEquals(0, result.exitCode(), result.output());
    List<JsonNode> read = new ArrayList<>();
    for (String line : result.output().split("\n")) {
      if (line.startsWith("{")) {
        read.add(PostmanJson.MAPPER.readTree(line));
      }
    }
    assertEquals(written.size(), read.size(), result.output());
    for (int i = 0; i < read.size(); i++) {
      JsonNode shown = read.get(i);
      JsonNode saved = written.get(i);
      assertEquals(saved.path("name").asText(), shown.path("name").asText());
      assertEquals(saved.path("code").asInt(), shown.path("code").asInt());
      assertEquals(saved.path("status").asText(), shown.path("status").asText());
      assertEquals(saved.path("body").isNull() ? "" : saved.path("body").asText(), shown.path("body").asText());
      assertEquals(shown.path("requestMethod").asText(), shown.path("method").asText(), shown.toString());
      assertEquals(shown.path("requestUrl").asText(), shown.path("url").asText(), shown.toString());
      for (JsonNode header : saved.path("header")) {
        // the SDK's header object has the names in lower case
        assertEquals(header.path("value").asText(),
            shown.path("headers").path(header.path("key").asText().toLowerCase(java.util.Locale.ROOT)).asText(),
            shown.toString());
      }
    }
  }
}
