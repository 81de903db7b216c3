package dev.assistcodegen.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A spec split over several files, loaded from a URL (a local HTTP server serves the case folder, no
 * network), and {@code $ref}s whose targets are absolute URLs: the same collection as from disk
 * ({@link ExternalRefsTest}).
 */
class ExternalRefsIT {
  private static final Path CASE = ExternalRefsTest.CASE;
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

  private static String fromDisk() {
    return ExternalRefsTest.collection(CASE.resolve("openapi.yaml").toString());
  }

  @Test
  void theSameSpecLoadedByUrlGivesTheSameCollection() {
    assertEquals(fromDisk(), ExternalRefsTest.collection(base + "openapi.yaml"));
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
    assertEquals(fromDisk(), ExternalRefsTest.collection(file.toString()));
  }
}
