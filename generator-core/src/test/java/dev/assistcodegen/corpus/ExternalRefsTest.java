package dev.assistcodegen.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.assistcodegen.Generator;
import dev.assistcodegen.GeneratorConfig;
import dev.assistcodegen.report.GeneratorLog;
import dev.assistcodegen.load.SpecLoader;
import dev.assistcodegen.model.ApiSpec;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code $ref}s into other files, loaded from disk and from a URL (a local HTTP server serves
 * the case folder, no network), and a {@code $ref} whose target is an absolute URL.
 */
class ExternalRefsTest {
  private static final Path CASE = GoldenCasesTest.CASES.resolve("refs-multi-file");
  private HttpServer server;
  private String base;

  @BeforeEach
  void serveTheCaseFolder() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      Path file = CASE.resolve(exchange.getRequestURI().getPath().substring(1)).normalize();
      if (!file.startsWith(CASE) || !Files.isRegularFile(file)) {
        exchange.sendResponseHeaders(404, -1);
        exchange.close();
        return;
      }
      byte[] body = Files.readAllBytes(file);
      exchange.getResponseHeaders().set("Content-Type", "application/yaml");
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private static String collection(String location) {
    ApiSpec spec = SpecLoader.load(location, GeneratorLog.silent());
    Map<String, byte[]> files = Generator.render(spec, GeneratorConfig.builder().spec(location).build(), GeneratorLog.silent());
    return new String(files.get("multi-file-refs.postman_collection.json"), StandardCharsets.UTF_8);
  }

  @Test
  void externalFilesKeepTheirExamplesAndProperties() {
    String fromDisk = collection(CASE.resolve("openapi.yaml").toString());
    assertTrue(fromDisk.contains("\\\"name\\\" : \\\"Rex\\\""), "pet.yaml's example is lost:\n" + fromDisk);
    assertTrue(fromDisk.contains("owner@example.com"), "owner.yaml (a ref inside a ref'd file) is lost");
    assertTrue(fromDisk.contains("\\\"name\\\" : \\\"Fido\\\""), "the request body from pet.yaml#/NewPet is lost");
  }

  @Test
  void theSameSpecLoadedByUrlGivesTheSameCollection() {
    assertEquals(collection(CASE.resolve("openapi.yaml").toString()), collection(base + "openapi.yaml"));
  }

  @Test
  void aRefToAnAbsoluteUrlIsFollowed(@TempDir Path tmp) throws IOException {
    String spec = Files.readString(CASE.resolve("openapi.yaml"))
        .replace("$ref: './schemas/pet.yaml'", "$ref: '" + base + "schemas/pet.yaml'")
        .replace("$ref: './schemas/owner.yaml'", "$ref: '" + base + "schemas/owner.yaml'")
        .replace("$ref: './parameters.yaml#/OwnerId'", "$ref: '" + base + "parameters.yaml#/OwnerId'")
        .replace("$ref: 'schemas/pet.yaml#/NewPet'", "$ref: '" + base + "schemas/pet.yaml#/NewPet'");
    assertTrue(!spec.contains("'./"), spec);
    Path file = tmp.resolve("openapi.yaml");
    Files.writeString(file, spec);
    assertEquals(collection(CASE.resolve("openapi.yaml").toString()), collection(file.toString()));
  }
}
