package dev.assistcodegen.postman;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import dev.assistcodegen.testing.Processes;
import dev.assistcodegen.testing.RepoPaths;
import dev.assistcodegen.testing.TokenServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cached token belongs to one token URL, Client ID and scope. Tested the way the Postman app
 * behaves: a run with environment A, whose scripts' collection variables stay in the collection
 * (read from the run's script events: Newman's --export-collection leaves them out), then a run
 * with environment B on that collection. B's token endpoint must be asked, and every request of the
 * second run must carry B's token. The same environment again reuses the cached token (so the test
 * can tell a cache from none).
 */
class TokenCacheIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path RUNNER = RepoPaths.root().resolve("generator-core/src/test/resources/token/run-keeping-variables.js");

  private HttpServer api;
  private final List<String> authorization = Collections.synchronizedList(new ArrayList<>());

  @TempDir
  Path dir;

  @BeforeEach
  void startApi() throws IOException {
    api = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    api.createContext("/", exchange -> {
      exchange.getRequestBody().readAllBytes();
      String header = exchange.getRequestHeaders().getFirst("Authorization");
      authorization.add(header == null ? "" : header);
      byte[] body = "{}".getBytes();
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    api.start();
  }

  @AfterEach
  void stopApi() {
    api.stop(0);
  }

  @Test
  void anotherEnvironmentFetchesItsOwnTokenAndSendsOnlyIt() throws IOException {
    try (TokenServer au = TokenServer.start().tokenPrefix("au-token-");
        TokenServer us = TokenServer.start().tokenPrefix("us-token-")) {
      Path collection = generated();
      Path kept = run(collection, au.tokenUrl(), "client-a", "first");
      assertEquals(1, au.calls(), "run 1 fetches one token");

      authorization.clear();
      run(kept, us.tokenUrl(), "client-a", "second");
      assertEquals(1, us.calls(), "environment B's token endpoint is asked for a token");
      assertEquals(1, au.calls(), "environment A's token endpoint is not asked again");
      assertEquals(new TreeSet<>(List.of("Bearer us-token-1")), new TreeSet<>(authorization),
          "every request of the second run carries B's token");
    }
  }

  @Test
  void anotherKeysClientIdOnTheSameEndpointFetchesANewToken() throws IOException {
    try (TokenServer tokens = TokenServer.start()) {
      Path kept = run(generated(), tokens.tokenUrl(), "reader-key", "first");
      authorization.clear();
      run(kept, tokens.tokenUrl(), "admin-key", "second");
      assertEquals(2, tokens.calls(), "the other Client ID gets its own token");
      assertEquals("admin-key", tokens.requests().get(1).get("client_id"));
      assertEquals(new TreeSet<>(List.of("Bearer test-token-2")), new TreeSet<>(authorization));
    }
  }

  @Test
  void theSameEnvironmentReusesTheKeptToken() throws IOException {
    try (TokenServer tokens = TokenServer.start()) {
      Path kept = run(generated(), tokens.tokenUrl(), "client-a", "first");
      authorization.clear();
      run(kept, tokens.tokenUrl(), "client-a", "second");
      assertEquals(1, tokens.calls(), "the kept token is still valid and was issued for this key");
      assertEquals(new TreeSet<>(List.of("Bearer test-token-1")), new TreeSet<>(authorization));
    }
  }

  /**
   * The Loome collection (every request sends the token script's bearer token), without response tests: the
   * recording server answers 200 with {} to everything, and this test is about the tokens sent.
   */
  private Path generated() {
    return GeneratedFiles.generate(RepoPaths.spec("loome-assist.openapi.yaml"), Files.isDirectory(dir.resolve("gen"))
        ? dir.resolve("gen") : createDirectories(dir.resolve("gen")), ResponseTests.NONE).collection();
  }

  /**
   * Runs {@code collection} with an environment for {@code tokenUrl} and {@code clientId}; returns the
   * collection as the app keeps it afterwards: with the collection variables the scripts set.
   */
  private Path run(Path collection, String tokenUrl, String clientId, String name) throws IOException {
    ObjectNode environment = JSON.createObjectNode().put("name", name);
    var values = environment.putArray("values");
    Map.of("baseUrl", "http://127.0.0.1:" + api.getAddress().getPort(), "tokenUrl", tokenUrl, "clientId", clientId,
        "clientSecret", "secret-" + clientId).forEach((k, v) -> values.addObject().put("key", k).put("value", v)
        .put("enabled", true));
    Path env = dir.resolve(name + ".postman_environment.json");
    JSON.writeValue(env.toFile(), environment);
    Path out = dir.resolve(name + "-run.json");
    Processes.Result result = Processes.run(List.of(RepoPaths.command("node", "nodejs").toString(), RUNNER.toString(),
        RepoPaths.root().resolve("tools/node_modules/newman").toString(), collection.toString(), env.toString(),
        out.toString()), dir, Map.of(), 300);
    assertTrue(Files.exists(out), "the runner wrote nothing (exit " + result.exitCode() + "):\n" + result.output());
    JsonNode report = JSON.readTree(out.toFile());
    assertEquals(0, result.exitCode(), result.output() + report);
    assertEquals("[]", report.path("failures").toString(), "run " + name);
    assertTrue(authorization.size() >= 40, "too few requests in run " + name + ": " + authorization.size());

    ObjectNode kept = (ObjectNode) JSON.readTree(collection.toFile());
    JsonNode variables = report.path("collectionVariables");
    assertTrue(variables.path("accessToken").asText().length() > 0, "run " + name + " set no token: " + variables);
    for (JsonNode v : kept.path("variable")) {
      if (variables.has(v.path("key").asText())) {
        ((ObjectNode) v).put("value", variables.path(v.path("key").asText()).asText());
      }
    }
    Path file = dir.resolve(name + "-kept.postman_collection.json");
    JSON.writeValue(file.toFile(), kept);
    return file;
  }

  private static Path createDirectories(Path path) {
    try {
      return Files.createDirectories(path);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
