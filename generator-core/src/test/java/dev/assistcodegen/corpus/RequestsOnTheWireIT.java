package dev.assistcodegen.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import dev.assistcodegen.postman.ResponseTests;
import dev.assistcodegen.testing.Newman;
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
  private HttpServer server;
  private final List<String> received = Collections.synchronizedList(new ArrayList<>());
  private String base;

  @TempDir
  Path tmp;

  @BeforeEach
  void startRecorder() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      byte[] body = exchange.getRequestBody().readAllBytes();
      String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
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
    Files.write(collection, files.get(collectionFile));
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
  void formFieldsFollowTheirEncoding() throws IOException {
    assertEquals(List.of(
        "POST /token scopes=read&scopes=write&tags=a%7Cb&ids=1%202&csv=x%2Cy&filter%5Bcolor%5D=red"
            + "&filter%5Bsize%5D=3&x=1&y=2&flat=k%2Cv",
        "POST /upload",
        "PUT /blobs/backup.tar"), run("form-encoding", Map.of("baseUrl", base)));
  }
}
