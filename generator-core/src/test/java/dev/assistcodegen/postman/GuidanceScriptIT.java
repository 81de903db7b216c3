package dev.assistcodegen.postman;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.assistcodegen.testing.Newman;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 401/403 guidance lives once, in the collection's test script, and each protected request
 * hands it its own data: Newman shows the right guidance for a collection run and a folder run,
 * and none for a public request that comes after a protected one (no data left over from it). A refused
 * request gets the guidance alone: the response tests that follow it in the same script stay quiet.
 */
class GuidanceScriptIT {
  private static final String SPEC = String.join("\n",
      "openapi: 3.0.3",
      "info: {title: Guidance Once, version: '1'}",
      "servers: [{url: 'http://localhost'}]",
      "components:",
      "  securitySchemes:",
      "    key: {type: apiKey, in: header, name: X-Key}",
      "security: [{key: []}]",
      "tags: [{name: first}, {name: second}]",
      "paths:",
      "  /private:",
      "    get: {operationId: getPrivate, tags: [first], responses: {'200': {description: ok}}}",
      "  /public:",
      "    get: {operationId: getPublic, tags: [first], security: [], responses: {'200': {description: ok}}}",
      "  /forbidden:",
      "    get: {operationId: getForbidden, tags: [second], responses: {'200': {description: ok}}}",
      "");

  @Test
  void eachRequestGetsItsOwnGuidanceFromTheOneScript(@TempDir Path dir) throws IOException {
    HttpServer api = refusingServer();
    try {
      GeneratedFiles files = files(dir, api);
      String collection = Files.readString(files.collection());
      assertEquals(1, count(collection, "pm.test('Access granted for "), "the guidance script, once");

      Newman.Report run = Newman.run(files.collection(), files.environment(), dir);
      Map<String, Newman.Execution> byPath = run.executions().stream()
          .collect(Collectors.toMap(Newman.Execution::url, e -> e));
      assertEquals(List.of("/forbidden", "/private", "/public"), byPath.keySet().stream().sorted().toList(),
          run.console());
      String privateFailures = String.join("\n", byPath.get("/private").failures());
      assertTrue(privateFailures.contains("Access granted for GET /private")
          && privateFailures.contains("HTTP 401: the API did not accept the credentials in key"), privateFailures);
      assertEquals(1, byPath.get("/private").failures().size(), "the guidance alone: the refusal silences the"
          + " status test (default --tests status) " + byPath.get("/private").failures());
      Newman.Execution publicRequest = byPath.get("/public");
      assertEquals(401, publicRequest.code());
      assertEquals(1, publicRequest.failures().size(), publicRequest.failures().toString());
      assertTrue(publicRequest.failures().get(0).startsWith("GET /public: the status is a documented 2xx -> the spec"
          + " documents 200; the API answered HTTP 401"), "no guidance left over from GET /private, only the status"
          + " test of a public request: " + publicRequest.failures());
      assertEquals(List.of(), publicRequest.passed(), "a public request gets no access test");
      assertEquals(1, byPath.get("/forbidden").failures().size(), byPath.get("/forbidden").failures().toString());
      String forbidden = String.join("\n", byPath.get("/forbidden").failures());
      assertTrue(forbidden.contains("HTTP 403 Forbidden: the caller lacks the privilege for GET /forbidden"), forbidden);

      Newman.Report folder = Newman.run(files.collection(), files.environment(), dir, "--folder", "second");
      assertEquals(1, folder.executions().size(), folder.console());
      assertTrue(String.join("\n", folder.executions().get(0).failures())
          .contains("lacks the privilege for GET /forbidden"), folder.console());
    } finally {
      api.stop(0);
    }
  }

  private static GeneratedFiles files(Path dir, HttpServer api) throws IOException {
    Path spec = Files.writeString(dir.resolve("guidance.yaml"), SPEC);
    return GeneratedFiles.generate(spec, dir).fillEmpty()
        .set("baseUrl", "http://127.0.0.1:" + api.getAddress().getPort());
  }

  /** 403 for /forbidden, 401 for everything else. */
  private static HttpServer refusingServer() throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", exchange -> {
      int status = exchange.getRequestURI().getPath().equals("/forbidden") ? 403 : 401;
      byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(status, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
    return server;
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
