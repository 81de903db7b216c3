package dev.assistcodegen.postman;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.assistcodegen.GeneratorConfig;
import dev.assistcodegen.testing.Newman;
import dev.assistcodegen.testing.PrismMock;
import dev.assistcodegen.testing.RepoPaths;
import dev.assistcodegen.testing.TokenServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated Loome Assist collection run by Newman against Prism (request validation on)
 * and a counting token endpoint: the token script, its refresh, and the 401/403 guidance.
 */
class LoomeTokenIT {
  private static PrismMock prism;

  @BeforeAll
  static void startPrism() {
    prism = PrismMock.start(RepoPaths.spec("loome-assist.openapi.yaml"));
  }

  @AfterAll
  static void stopPrism() {
    if (prism != null) {
      prism.close();
    }
  }

  private static GeneratedFiles generate(Path dir, String tokenUrl) {
    return generate(dir, tokenUrl, GeneratorConfig.defaults().tests());
  }

  private static GeneratedFiles generate(Path dir, String tokenUrl, ResponseTests tests) {
    // Prism serves the spec's paths at its root: it does not add the server's /api/v1 prefix
    return GeneratedFiles.generate(RepoPaths.spec("loome-assist.openapi.yaml"), dir, tests)
        .set("baseUrl", prism.baseUrl()).set("tokenUrl", tokenUrl)
        .set("clientId", "e2e-client").set("clientSecret", "e2e-secret");
  }

  @Test
  void everyRequestIsAcceptedWithOneTokenRequestForTheRun(@TempDir Path dir) {
    try (TokenServer tokens = TokenServer.start()) {
      // with every contract test: Prism's answers (the spec's examples, bodies from its schemas) pass them all
      GeneratedFiles files = generate(dir, tokens.tokenUrl(), ResponseTests.CONTRACT);
      Newman.Report report = Newman.run(files.collection(), files.environment(), dir);

      assertTrue(report.executions().size() >= 40, "too few requests ran:\n" + report.console());
      for (Newman.Execution e : report.executions()) {
        assertTrue(e.code() >= 200 && e.code() < 400, "Prism refused " + e.method() + " " + e.url() + ": "
            + e.code() + " " + e.body() + "\n" + prism.log());
      }
      assertEquals(List.of(), report.allFailures());
      long bodies = report.executions().stream().flatMap(e -> e.passed().stream())
          .filter(t -> t.endsWith(" body matches the spec's schema")).count();
      assertTrue(bodies >= 30, "body checks passed: " + bodies);
      assertEquals(1, tokens.calls(), "token requests in one run");
      Map<String, String> form = tokens.requests().get(0);
      assertEquals("client_credentials", form.get("grant_type"));
      assertEquals("e2e-client", form.get("client_id"));
      assertEquals("e2e-secret", form.get("client_secret"));
      assertEquals("webApi", form.get("scope"));
      assertFalse(report.console().contains("e2e-secret"), "the secret was printed");
    }
  }

  @Test
  void aTokenExpiringMidRunIsRefreshedExactlyOnce(@TempDir Path dir) {
    // the first token is within the 60 s margin after 2 s; the run takes over 5 s (100 ms per request)
    try (TokenServer tokens = TokenServer.start().expiresInPerCall(62).expiresIn(3600)) {
      GeneratedFiles files = generate(dir, tokens.tokenUrl());
      Newman.Report report = Newman.run(files.collection(), files.environment(), dir, "--delay-request", "100");

      assertEquals(List.of(), report.allFailures());
      assertEquals(2, tokens.calls(), "one token request and exactly one refresh");
    }
  }

  @Test
  void emptyClientSecretStopsTheRunBeforeAnyRequest(@TempDir Path dir) throws IOException {
    AtomicInteger apiCalls = new AtomicInteger();
    HttpServer api = answering(200, "{}", apiCalls);
    try (TokenServer tokens = TokenServer.start()) {
      GeneratedFiles files = generate(dir, tokens.tokenUrl()).set("clientSecret", "")
          .set("baseUrl", "http://127.0.0.1:" + api.getAddress().getPort());
      Newman.Report report = Newman.run(files.collection(), files.environment(), dir);

      assertEquals(0, tokens.calls(), "token requests");
      assertEquals(0, apiCalls.get(), "API requests");
      List<String> failures = report.allFailures();
      assertEquals(1, failures.size(), "one message, then the run stops: " + failures);
      assertTrue(failures.get(0).contains("clientSecret is empty"), failures.get(0));
      assertTrue(failures.get(0).contains("Client ID and Client Secret"), failures.get(0));
    } finally {
      api.stop(0);
    }
  }

  @Test
  void aRefusedTokenRequestSaysWhatHappenedAndWhatToCheck(@TempDir Path dir) {
    try (TokenServer tokens = TokenServer.start().status(400)
        .errorBody("{\"error\":\"invalid_client\",\"error_description\":\"Client secret is wrong\"}")) {
      GeneratedFiles files = generate(dir, tokens.tokenUrl());
      Newman.Report report = Newman.run(files.collection(), files.environment(), dir);

      assertEquals(1, tokens.calls(), "the run stops after the refused token request");
      List<String> failures = report.allFailures();
      assertEquals(1, failures.size(), failures.toString());
      String message = failures.get(0);
      for (String expected : List.of("HTTP 400", "error: invalid_client", "error_description: Client secret is wrong",
          "has not expired", "IPv4 firewall rules")) {
        assertTrue(message.contains(expected), "missing '" + expected + "' in: " + message);
      }
      assertFalse(message.contains("e2e-secret"), "the secret was printed");
    }
  }

  @Test
  void answers401And403And400InvalidClientExplainThemselves(@TempDir Path dir) throws IOException {
    AtomicInteger apiCalls = new AtomicInteger();
    HttpServer api = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    api.createContext("/", exchange -> {
      apiCalls.incrementAndGet();
      String path = exchange.getRequestURI().getPath();
      int status = path.startsWith("/projects") ? 401 : path.startsWith("/datarepositories") ? 403 : 400;
      byte[] body = (status == 400 ? "{\"error\":\"invalid_client\"}" : "{}").getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(status, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    api.start();
    try (TokenServer tokens = TokenServer.start()) {
      GeneratedFiles files = generate(dir, tokens.tokenUrl())
          .set("baseUrl", "http://127.0.0.1:" + api.getAddress().getPort());
      Newman.Report report = Newman.run(files.collection(), files.environment(), dir);

      int seen401 = 0;
      int seen403 = 0;
      int seen400 = 0;
      for (Newman.Execution e : report.executions()) {
        String failures = String.join("\n", e.failures());
        if (e.code() == 401 || e.code() == 400) {
          assertTrue(failures.contains("Client ID was removed from the tenant or the API key has expired"),
              e.url() + ": " + failures);
          if (e.code() == 401) {
            seen401++;
          } else {
            seen400++;
          }
        } else if (e.code() == 403) {
          assertTrue(failures.contains("role of your API key lacks the privilege for " + e.method() + " /"),
              e.url() + ": " + failures);
          assertTrue(failures.contains("It needs the scope resources.read."), "names the scope: " + failures);
          seen403++;
        }
      }
      assertTrue(seen401 > 0 && seen403 > 0 && seen400 > 0, "401/403/400 runs: " + seen401 + "/" + seen403 + "/"
          + seen400 + "\n" + report.console());
    } finally {
      api.stop(0);
    }
  }

  private static HttpServer answering(int status, String json, AtomicInteger calls) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", exchange -> {
      calls.incrementAndGet();
      byte[] body = json.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(status, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
    return server;
  }
}
