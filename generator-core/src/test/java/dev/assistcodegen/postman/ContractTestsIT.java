package dev.assistcodegen.postman;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.assistcodegen.testing.Newman;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --tests contract} in Newman against a server that lies on purpose, one lie per path: each lie
 * fails exactly the test that should catch it, with a message naming the request, the JSON path, what the
 * spec expects and what came back (in Newman's JSON report and its CLI report); the truth passes every test;
 * a 403 is explained by the access guidance alone.
 */
class ContractTestsIT {
  private static final String SPEC = String.join("\n",
      "openapi: 3.0.3",
      "info: {title: Lying API, version: '1'}",
      "servers: [{url: 'http://localhost'}]",
      "components:",
      "  securitySchemes:",
      "    key: {type: apiKey, in: header, name: X-Key}",
      "  schemas:",
      "    Pet:",
      "      type: object",
      "      required: [id, name]",
      "      properties:",
      "        id: {type: integer, minimum: 1}",
      "        name: {type: string}",
      "        tag: {type: string, nullable: true}",
      "  responses:",
      "    Pet:",
      "      description: a pet",
      "      headers: {X-Request-Id: {required: true, schema: {type: string}}}",
      "      content: {application/json: {schema: {$ref: '#/components/schemas/Pet'}}}",
      "paths:",
      path("truth"), path("wrong-type"), path("missing-required"), path("undocumented-status"),
      path("wrong-content-type"), path("missing-header"), path("slow"), path("out-of-range"),
      "  /forbidden:",
      "    get: {operationId: forbidden, security: [{key: []}], responses: {'200': {$ref: '#/components/responses/Pet'}}}",
      "");

  private static String path(String name) {
    return "  /" + name + ":\n    get: {operationId: " + name.replace("-", "")
        + ", responses: {'200': {$ref: '#/components/responses/Pet'}, '404': {description: not found}}}";
  }

  private static final String PET = "{\"id\": 7, \"name\": \"Rex\", \"tag\": null}";

  @Test
  void eachLieFailsExactlyTheTestThatCatchesIt(@TempDir Path dir) throws IOException {
    HttpServer api = lyingServer();
    try {
      Path spec = Files.writeString(dir.resolve("lying.yaml"), SPEC);
      GeneratedFiles files = GeneratedFiles.generate(spec, dir, ResponseTests.CONTRACT).fillEmpty()
          .set("baseUrl", "http://127.0.0.1:" + api.getAddress().getPort());
      // the collection declares the limit, empty; a user sets it in their environment (or newman --env-var)
      files.environment().withArray("values").addObject().put("key", "maxResponseTimeMs").put("value", "1500");
      assertEquals(1, count(Files.readString(files.collection()), "\\\"Pet\\\":{"), "the schema, once");
      Newman.Report run = Newman.run(files.collection(), files.environment(), dir);
      Map<String, Newman.Execution> byPath = new TreeMap<>();
      run.executions().forEach(e -> byPath.put(e.url(), e));

      Map<String, List<String>> expected = new LinkedHashMap<>();
      expected.put("/truth", List.of());
      expected.put("/wrong-type", List.of("GET /wrong-type: the 200 body matches the spec's schema -> the 200 body"
          + " breaks the spec's schema: $.id: the spec expects type integer, the API sent \"seven\""));
      expected.put("/missing-required", List.of("GET /missing-required: the 200 body matches the spec's schema ->"
          + " the 200 body breaks the spec's schema: $.name: the spec expects this required property, the API sent"
          + " nothing"));
      expected.put("/out-of-range", List.of("GET /out-of-range: the 200 body matches the spec's schema -> the 200 body"
          + " breaks the spec's schema: $.id: the spec expects a number >= 1, the API sent 0"));
      expected.put("/undocumented-status", List.of("GET /undocumented-status: the status is a documented 2xx -> the"
          + " spec documents 200 (and for errors 404); the API answered HTTP 418 I'm a teapot"));
      expected.put("/wrong-content-type", List.of("GET /wrong-content-type: the 200 response is application/json ->"
          + " the spec documents Content-Type application/json for 200; the API sent text/html"));
      expected.put("/missing-header", List.of("GET /missing-header: the 200 response has the headers X-Request-Id ->"
          + " the spec requires the header X-Request-Id in the 200 response; the API sent none"));
      expected.put("/slow", List.of("GET /slow: answered within 1500 ms -> the limit (variable maxResponseTimeMs)"
          + " is 1500 ms; the API took "));
      expected.put("/forbidden", List.of("Access granted for GET /forbidden (not 401 or 403) -> HTTP 403 Forbidden:"));
      assertEquals(expected.keySet().stream().sorted().toList(), List.copyOf(byPath.keySet()), run.console());
      expected.forEach((path, failures) -> {
        List<String> actual = byPath.get(path).failures();
        assertEquals(failures.size(), actual.size(), path + ": " + actual);
        for (int i = 0; i < failures.size(); i++) {
          assertTrue(actual.get(i).startsWith(failures.get(i)), path + ":\n  expected " + failures.get(i)
              + "\n  actual   " + actual.get(i));
        }
      });
      assertEquals(5, byPath.get("/truth").passed().size(), "status, Content-Type, headers, body, time: "
          + byPath.get("/truth").passed());
      // Newman's CLI report (what a CI log shows) carries the same words
      assertTrue(run.console().contains("$.id: the spec expects type integer, the API sent \"seven\""), run.console());
      assertTrue(run.console().contains("GET /wrong-type: the 200 body matches the spec's schema"), run.console());
    } finally {
      api.stop(0);
    }
  }

  /** Each path answers with its own lie; /truth as the spec says. */
  private static HttpServer lyingServer() throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", exchange -> {
      String path = exchange.getRequestURI().getPath();
      String body = PET;
      String type = "application/json";
      int status = 200;
      boolean header = true;
      switch (path) {
        case "/wrong-type" -> body = PET.replace("7", "\"seven\"");
        case "/missing-required" -> body = PET.replace(", \"name\": \"Rex\"", "");
        case "/out-of-range" -> body = PET.replace("7", "0");
        case "/undocumented-status" -> status = 418;
        case "/wrong-content-type" -> type = "text/html";
        case "/missing-header" -> header = false;
        case "/forbidden" -> status = 403;
        case "/slow" -> sleep(2500);
        default -> { }
      }
      send(exchange, status, type, header, body);
    });
    server.start();
    return server;
  }

  private static void send(HttpExchange exchange, int status, String type, boolean header, String text)
      throws IOException {
    byte[] body = text.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", type);
    if (header) {
      exchange.getResponseHeaders().add("X-Request-Id", "r-1");
    }
    exchange.sendResponseHeaders(status, body.length);
    exchange.getResponseBody().write(body);
    exchange.close();
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
