package dev.assistcodegen.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.assistcodegen.Generator;
import dev.assistcodegen.GeneratorConfig;
import dev.assistcodegen.report.GeneratorLog;
import dev.assistcodegen.load.SpecLoader;
import dev.assistcodegen.model.ApiSpec;
import io.swagger.v3.oas.models.OpenAPI;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/**
 * Checks on the feature golden cases beyond "the output equals the golden file": XML bodies
 * parse, discriminator bodies match exactly one branch, deep and recursive bodies are bounded
 * and valid, file names are valid everywhere, webhooks are noted, several media types are
 * documented, and per-operation servers reach the snippets.
 */
class FeatureCasesTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  /** Characters Windows refuses in a file name (besides control characters). */
  private static final Pattern WINDOWS_FORBIDDEN = Pattern.compile("[<>:\"/\\\\|?*\\x00-\\x1f]");
  private static final Pattern WINDOWS_RESERVED =
      Pattern.compile("(?i)(con|prn|aux|nul|com[0-9]|lpt[0-9])(\\..*)?");

  @TempDir
  Path tmp;

  private static JsonNode collection(Map<String, byte[]> files) throws Exception {
    String name = files.keySet().stream().filter(f -> f.endsWith(".postman_collection.json")).findFirst().orElseThrow();
    return MAPPER.readTree(files.get(name));
  }

  private static List<JsonNode> requests(JsonNode collection) {
    List<JsonNode> out = new ArrayList<>();
    collection.findParents("request").forEach(item -> {
      if (item.has("response")) {
        out.add(item);
      }
    });
    return out;
  }

  private static JsonNode request(JsonNode collection, String name) {
    return requests(collection).stream().filter(r -> r.path("name").asText().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no request named " + name));
  }

  private static String header(JsonNode request, String name) {
    for (JsonNode h : request.path("request").path("header")) {
      if (h.path("key").asText().equalsIgnoreCase(name)) {
        return h.path("value").asText();
      }
    }
    return null;
  }

  static Document parseXml(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    var builder = factory.newDocumentBuilder();
    builder.setErrorHandler(null);
    return builder.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void untaggedRequestsSitInTheSameFoldersInTheCollectionAndTheSnippets() throws Exception {
    Map<String, byte[]> files = GoldenCasesTest.render("untagged-names");
    List<String> folders = new ArrayList<>();
    collection(files).path("item").forEach(f -> folders.add(f.path("name").asText()));
    assertEquals(List.of("Customers", "Accounts", "Payment Intents", "Phone Numbers", "Status"), folders);
    for (String language : List.of("curl", "python")) {
      Set<String> snippetFolders = new java.util.TreeSet<>();
      files.keySet().stream().filter(f -> f.startsWith("snippets/" + language + "/"))
          .forEach(f -> snippetFolders.add(f.split("/")[2]));
      assertEquals(new java.util.TreeSet<>(folders.stream().map(n -> dev.assistcodegen.plan.Slugs.of(n, "")).toList()),
          snippetFolders, language);
    }
  }

  @Test
  void xmlBodiesAreWellFormedRawXmlWithTheirContentType() throws Exception {
    JsonNode collection = collection(GoldenCasesTest.render("xml-bodies"));
    int checked = 0;
    for (JsonNode r : requests(collection)) {
      JsonNode body = r.path("request").path("body");
      assertEquals("raw", body.path("mode").asText(), r.path("name").asText());
      assertEquals("xml", body.path("options").path("raw").path("language").asText());
      assertTrue(header(r, "Content-Type").endsWith("xml"), header(r, "Content-Type"));
      parseXml(body.path("raw").asText());
      checked++;
    }
    assertEquals(3, checked);
    Document book = parseXml(request(collection, "Create a book (XML)").path("request").path("body").path("raw").asText());
    assertEquals("book", book.getDocumentElement().getLocalName());
    assertEquals("https://example.com/schema/book", book.getDocumentElement().getNamespaceURI());
    assertEquals("42", book.getDocumentElement().getAttribute("id"));
    assertEquals("978-3-16-148410-0", book.getDocumentElement().getAttribute("ISBN"));
    assertEquals(1, book.getElementsByTagName("tags").getLength());
    assertEquals(2, book.getElementsByTagName("chapter").getLength());
    assertEquals("https://example.com/schema/money",
        book.getElementsByTagNameNS("https://example.com/schema/money", "price").item(0).getNamespaceURI());
    Document note = parseXml(request(collection, "Text with characters XML must escape").path("request").path("body")
        .path("raw").asText());
    assertEquals("en\"<&>", note.getDocumentElement().getAttribute("lang"));
    assertEquals("Fish & <chips> ]]> \"quoted\"", note.getElementsByTagName("body").item(0).getTextContent());
  }

  @Test
  void xmlBodiesStayWellFormedWithHostileNamesAndText() throws Exception {
    String hostile = "a \\\"b\\\" <c> & ]]> \\u0000\\u0001\\u001f \\ud800 \\u2028 xmlns:x";
    Path spec = tmp.resolve("openapi.json");
    Files.writeString(spec, """
        {"openapi": "3.0.3", "info": {"title": "x", "version": "1"},
         "paths": {"/x": {"post": {"requestBody": {"content": {"application/xml": {"schema": {
           "type": "object", "xml": {"name": "%1$s", "prefix": "xml", "namespace": "urn:%1$s"},
           "properties": {
             "%1$s": {"type": "string", "example": "%1$s", "xml": {"attribute": true, "prefix": "p", "namespace": "u:\\""}},
             "xmlns": {"type": "string", "example": "v", "xml": {"attribute": true}},
             "": {"type": "string", "example": "%1$s"},
             "1 2": {"type": "array", "items": {"type": "string", "xml": {"name": "-"}}, "example": ["%1$s"],
                     "xml": {"wrapped": true, "prefix": "xmlns", "namespace": "urn:n"}},
             "dup": {"type": "string", "example": "1", "xml": {"attribute": true, "name": "id"}},
             "dup2": {"type": "string", "example": "2", "xml": {"attribute": true, "name": "id"}}}}}}},
           "responses": {"200": {"description": "ok"}}}}}}
        """.formatted(hostile), StandardCharsets.UTF_8);
    ApiSpec api = SpecLoader.load(spec.toString(), GeneratorLog.silent());
    String xml = api.operations().get(0).requestBody().orElseThrow().example().asText();
    Document doc = parseXml(xml);
    assertTrue(doc.getDocumentElement().getTextContent().contains("<c> & ]]>"), xml);
  }

  @Test
  void discriminatorBodiesMatchExactlyOneBranchAndCarryItsValue() throws Exception {
    Path specPath = GoldenCasesTest.specOf("discriminators");
    OpenAPI api = RequestBodySchemaTest.parse(specPath);
    JsonNode components = MAPPER.valueToTree(Map.of());
    var schemas = JsonNodeFactory.instance.objectNode();
    api.getComponents().getSchemas().forEach((n, s) -> schemas.set(n, io.swagger.v3.core.util.Json.mapper().valueToTree(s)));
    components = schemas;
    ApiSpec spec = SpecLoader.load(specPath.toString(), GeneratorLog.silent());
    // operation -> (discriminator property, mapping value -> schema)
    Map<String, Map<String, String>> branches = Map.of(
        "createPetOneOf", Map.of("kitty", "Cat", "doggie", "Dog"),
        "createPetAnyOf", Map.of("kitty", "Cat", "doggie", "Dog"),
        "createPetInherited", Map.of("car", "Car", "bike", "Bike"),
        "createCar", Map.of("car", "Car", "bike", "Bike"));
    for (var op : spec.operations()) {
      JsonNode body = op.requestBody().orElseThrow().example();
      String property = op.operationId().startsWith("createPet") && !op.operationId().equals("createPetInherited")
          ? "petType" : "kind";
      List<String> valid = new ArrayList<>();
      for (Map.Entry<String, String> branch : branches.get(op.operationId()).entrySet()) {
        JsonNode ref = MAPPER.readTree("{\"$ref\": \"#/components/schemas/" + branch.getValue() + "\"}");
        // Car and Bike are open objects: a branch counts only if its discriminator value is the body's too
        if (RequestBodySchemaTest.validate(ref, components, body, api).isEmpty()
            && body.path(property).asText().equals(branch.getKey())) {
          valid.add(branch.getValue());
        }
      }
      assertEquals(1, valid.size(), op.operationId() + ": " + body + " matches " + valid);
    }
    // the closed branches (additionalProperties: false) match exactly one even without the discriminator
    JsonNode oneOf = spec.operations().get(0).requestBody().orElseThrow().example();
    int matching = 0;
    for (String name : List.of("Cat", "Dog")) {
      JsonNode ref = MAPPER.readTree("{\"$ref\": \"#/components/schemas/" + name + "\"}");
      matching += RequestBodySchemaTest.validate(ref, components, oneOf, api).isEmpty() ? 1 : 0;
    }
    assertEquals(1, matching, oneOf.toString());
  }

  @Test
  void deepAndRecursiveBodiesAreBoundedValidAndFreeOfErrorStrings() throws Exception {
    Map<String, byte[]> files = GoldenCasesTest.render("deep-recursion");
    String text = new String(files.get("deep-recursion.postman_collection.json"), StandardCharsets.UTF_8);
    assertFalse(text.contains("<Error"), "an error string in a body");
    Path specPath = GoldenCasesTest.specOf("deep-recursion");
    OpenAPI api = RequestBodySchemaTest.parse(specPath);
    var schemas = JsonNodeFactory.instance.objectNode();
    api.getComponents().getSchemas().forEach((n, s) -> schemas.set(n, io.swagger.v3.core.util.Json.mapper().valueToTree(s)));
    ApiSpec spec = SpecLoader.load(specPath.toString(), GeneratorLog.silent());
    for (var op : spec.operations()) {
      JsonNode body = op.requestBody().orElseThrow().example();
      assertTrue(body.toString().length() < 10_000, op.operationId() + " body is not bounded: " + body.toString().length());
      var media = api.getPaths().get(op.path()).getPost().getRequestBody().getContent().get("application/json");
      JsonNode schema = io.swagger.v3.core.util.Json.mapper().valueToTree(media.getSchema());
      assertEquals(List.of(), RequestBodySchemaTest.validate(schema, schemas, body, api), op.operationId() + ": " + body);
    }
    JsonNode deep = spec.operations().get(0).requestBody().orElseThrow().example();
    int levels = 0;
    for (JsonNode n = deep; n.has("next") || n.has("depth"); n = n.path("next")) {
      levels++;
    }
    assertEquals(30, levels, "all 30 required levels are there");
  }

  @Test
  void operationNamesGiveValidUniqueFileNamesAndReadableRequestNames() throws Exception {
    Path specPath = GoldenCasesTest.specOf("operation-names");
    ApiSpec spec = SpecLoader.load(specPath.toString(), GeneratorLog.silent());
    Map<String, byte[]> files = Generator.render(spec, GeneratorConfig.builder().spec(specPath.toString())
        .languages(List.of("all")).build(), GeneratorLog.silent());
    assertValidFileNames(files.keySet());
    long perLanguage = files.keySet().stream().filter(f -> f.startsWith("snippets/curl/")).count();
    assertEquals(spec.operations().size(), perLanguage, "one curl snippet per operation");
    JsonNode collection = collection(files);
    List<JsonNode> requests = requests(collection);
    assertEquals(spec.operations().size(), requests.size());
    Set<String> ids = new HashSet<>();
    for (JsonNode r : requests) {
      String name = r.path("name").asText();
      assertTrue(name.codePointCount(0, name.length()) <= 120, name);
      assertFalse(name.isBlank() || name.contains("\n"), name);
      assertTrue(ids.add(r.path("id").asText()), "duplicate id " + r.path("id"));
    }
    assertTrue(request(collection, "Delete an item").path("request").path("description").asText()
        .startsWith("**Deprecated:**"));
    // without a summary, the operationId in words
    assertTrue(request(collection, "Old Thing").path("request").path("description").asText().startsWith("**Deprecated:**"));
    assertTrue(collection.path("info").path("description").asText().contains("listItems_2"));
    // untagged operations sit in the folder of their first path segment, tagged ones in their tag's
    JsonNode untagged = collection.path("item").findParents("item").stream()
        .filter(f -> f.path("name").asText().equals("Untagged")).findFirst().orElseThrow();
    assertEquals("An operation without tags", untagged.path("item").get(0).path("name").asText());
    // the long summary is whole in the description
    String longName = requests.stream().map(r -> r.path("name").asText()).filter(n -> n.startsWith("A very long"))
        .findFirst().orElseThrow();
    assertTrue(longName.endsWith("\u2026"), longName);
    assertTrue(request(collection, longName).path("request").path("description").asText().contains("until the end"));
  }

  @Test
  void everyGoldenCaseWritesValidFileNames() throws Exception {
    for (String name : GoldenCasesTest.cases().toList()) {
      assertValidFileNames(GoldenCasesTest.render(name).keySet());
    }
  }

  @Test
  void theFileNameCheckCanFail() {
    for (String bad : List.of("a/con.sh", "a/b:c.sh", "a/b./c.sh", "a/b /c.sh", "a/" + "x".repeat(256), "A.sh\0",
        "A.sh,a.sh")) {
      List<String> paths = List.of(bad.split(","));
      try {
        assertValidFileNames(paths);
      } catch (AssertionError expected) {
        continue;
      }
      throw new AssertionError("accepted " + bad);
    }
  }

  /** Valid on Linux, macOS and Windows: element length, characters, reserved names, case-insensitive uniqueness. */
  static void assertValidFileNames(java.util.Collection<String> paths) {
    Set<String> folded = new HashSet<>();
    Map<String, String> seen = new HashMap<>();
    for (String path : paths) {
      for (String element : path.split("/", -1)) {
        assertFalse(element.isEmpty(), "empty path element in " + path);
        assertTrue(element.getBytes(StandardCharsets.UTF_8).length <= 255, "longer than 255 bytes: " + path);
        assertFalse(WINDOWS_FORBIDDEN.matcher(element).find(), "character Windows refuses: " + path);
        assertFalse(element.endsWith(".") || element.endsWith(" "), "trailing dot or space: " + path);
        assertFalse(WINDOWS_RESERVED.matcher(element).matches(), "Windows device name: " + path);
      }
      String key = path.toLowerCase(Locale.ROOT);
      assertTrue(folded.add(key), "same name ignoring case: " + path + " and " + seen.get(key));
      seen.put(key, path);
    }
  }

  @Test
  void webhooksAreLeftOutWithANoteInTheLogAndTheCollection() throws Exception {
    List<String> logged = new ArrayList<>();
    GeneratorLog log = new GeneratorLog() {
      @Override
      public void info(String message) {
        logged.add(message);
      }

      @Override
      public void warn(String message) {
        logged.add(message);
      }

      @Override
      public void debug(String message) {}
    };
    ApiSpec spec = SpecLoader.load(GoldenCasesTest.specOf("webhooks").toString(), log);
    assertEquals(1, spec.operations().size(), "only the path operation, not the webhooks");
    assertTrue(logged.stream().anyMatch(m -> m.contains("2 webhook(s) (newPet, petDeleted)") && m.contains("left out")),
        logged.toString());
    JsonNode collection = collection(GoldenCasesTest.render("webhooks"));
    assertTrue(collection.path("info").path("description").asText().contains("2 webhook(s) (newPet, petDeleted)"));
    assertEquals(1, requests(collection).size());
  }

  @Test
  void octetStreamIsAFileBodyAndOtherMediaTypesAreDocumented() throws Exception {
    JsonNode collection = collection(GoldenCasesTest.render("octet-stream"));
    JsonNode upload = request(collection, "Upload raw bytes");
    assertEquals("file", upload.path("request").path("body").path("mode").asText());
    assertEquals("application/octet-stream", header(upload, "Content-Type"));
    assertEquals("image/png", header(request(collection, "Upload an image (any of several image types)"), "Content-Type"));
    JsonNode several = request(collection, "Several request media types, JSON preferred");
    assertEquals("json", several.path("request").path("body").path("options").path("raw").path("language").asText());
    assertEquals("application/json", header(several, "Content-Type"));
    String description = several.path("request").path("description").asText();
    for (String other : List.of("application/xml", "text/plain", "application/x-www-form-urlencoded",
        "application/octet-stream")) {
      assertTrue(description.contains("`" + other + "`"), description);
    }
    assertEquals("formdata", request(collection, "No JSON offered, form preferred over bytes").path("request")
        .path("body").path("mode").asText());
  }

  @Test
  void snippetsDefaultToTheOperationsOwnServer() throws Exception {
    Path specPath = GoldenCasesTest.specOf("servers-per-operation");
    ApiSpec spec = SpecLoader.load(specPath.toString(), GeneratorLog.silent());
    Map<String, byte[]> files = Generator.render(spec, GeneratorConfig.builder().spec(specPath.toString())
        .languages(List.of("python")).build(), GeneratorLog.silent());
    JsonNode collection = collection(files);
    Map<String, String> variables = new HashMap<>();
    collection.path("variable").forEach(v -> variables.put(v.path("key").asText(), v.path("value").asText()));
    int perOperation = 0;
    for (var op : spec.operations()) {
      JsonNode item = requests(collection).stream()
          .filter(r -> r.path("request").path("description").asText().contains("`" + op.operationId() + "`"))
          .findFirst().orElseThrow();
      String host = item.path("request").path("url").path("host").get(0).asText();
      String expected = variables.get(host.substring(2, host.length() - 2));
      String snippet = files.entrySet().stream().filter(e -> e.getKey().startsWith("snippets/python/")
              && new String(e.getValue(), StandardCharsets.UTF_8).contains("operationId " + op.operationId() + ")"))
          .map(e -> new String(e.getValue(), StandardCharsets.UTF_8)).findFirst().orElseThrow();
      assertTrue(snippet.contains("env(\"BASE_URL\", \"" + expected + "\")"),
          op.operationId() + " should default to " + expected + ":\n" + snippet);
      perOperation += host.equals("{{baseUrl}}") ? 0 : 1;
    }
    assertTrue(perOperation >= 2, "the case has operations with servers of their own");
  }
}
