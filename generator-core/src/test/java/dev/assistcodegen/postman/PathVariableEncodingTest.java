package dev.assistcodegen.postman;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.assistcodegen.report.GeneratorLog;
import dev.assistcodegen.load.SpecLoader;
import dev.assistcodegen.plan.PercentEncoding;
import dev.assistcodegen.plan.RequestExamples;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A '/' in a path parameter's value stays inside its segment (RFC 6570 simple expansion, as
 * OpenAPI path parameters use): %2F in the collection's path variable and in the snippets' path
 * alike; GitHub's {@code /git/matching-refs/{ref}} with ref {@code heads/feature-a} is the case.
 */
class PathVariableEncodingTest {
  @Test
  void pathVariableValueEncodesSlashAndPercentOnly() {
    assertEquals("heads%2Ffeature-a", PercentEncoding.pathVariableValue("heads/feature-a"));
    assertEquals("100%25%2F", PercentEncoding.pathVariableValue("100%/"));
    assertEquals("a,b;c=d%20.e", PercentEncoding.pathVariableValue("a,b;c=d .e"));
    assertEquals("%3C%5B%5D%3E%22%60%5E%7C%09%7F-café", PercentEncoding.pathVariableValue("<[]>\"`^|\t\u007f-café"),
        "ASCII outside pchar is encoded, non-ASCII is left to Postman");
    // Newman sends a backslash as '/', '?' and '#' would end the path, {{x}} would be a variable
    assertEquals("%5Cu0022%3Fq%23f%7B%7BbaseUrl%7D%7D", PercentEncoding.pathVariableValue("\\u0022?q#f{{baseUrl}}"));
  }

  @Test
  void aSlashInAPathValueIsEncodedInTheCollectionAndInSnippets(@TempDir Path dir) throws Exception {
    Path spec = dir.resolve("refs.yaml");
    Files.writeString(spec, String.join("\n",
        "openapi: 3.0.3",
        "info: {title: Refs, version: '1'}",
        "servers: [{url: 'https://api.example.com'}]",
        "paths:",
        "  /git/matching-refs/{ref}:",
        "    get:",
        "      operationId: listMatchingRefs",
        "      parameters:",
        "        - {name: ref, in: path, required: true, schema: {type: string}, example: heads/feature-a}",
        "      responses: {'200': {description: ok}}",
        "  /files/{name}.{ext}:",
        "    get:",
        "      operationId: getFile",
        "      parameters:",
        "        - {name: name, in: path, required: true, schema: {type: string}, example: docs/readme}",
        "        - {name: ext, in: path, required: true, schema: {type: string}, example: md}",
        "      responses: {'200': {description: ok}}",
        ""));
    GeneratedFiles files = GeneratedFiles.generate(spec, Files.createDirectories(dir.resolve("out")));
    JsonNode collection = new ObjectMapper().readTree(files.collection().toFile());
    JsonNode refs = find(collection.path("item"), "matching-refs");
    assertEquals("heads%2Ffeature-a", refs.path("request").path("url").path("variable").get(0).path("value").asText());
    String inSegment = "";
    for (JsonNode v : collection.path("variable")) {
      if (v.path("key").asText().equals("path_name")) {
        inSegment = v.path("value").asText();
      }
    }
    assertEquals("docs%2Freadme", inSegment, "a variable inside a segment is a collection variable");
    var api = SpecLoader.load(spec.toString(), GeneratorLog.silent());
    assertEquals("/git/matching-refs/heads%2Ffeature-a", RequestExamples.of(api.operations().get(0)).resolvedPath());
  }

  private static JsonNode find(JsonNode items, String pathPart) {
    for (JsonNode item : items) {
      if (item.has("item")) {
        JsonNode found = find(item.path("item"), pathPart);
        if (found != null) {
          return found;
        }
      } else if (item.path("request").path("url").path("raw").asText().contains(pathPart)) {
        return item;
      }
    }
    return null;
  }
}
