package dev.assistcodegen.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An OAuth 2 client-credentials token endpoint on 127.0.0.1 that counts its calls and keeps
 * the form fields of each, for asserting what a collection or snippet sent.
 */
public final class TokenServer implements AutoCloseable {
  private final HttpServer server;
  private final AtomicInteger calls = new AtomicInteger();
  private final List<Map<String, String>> requests = Collections.synchronizedList(new ArrayList<>());
  private volatile int expiresIn = 3600;
  private volatile int[] expiresInPerCall = new int[0];
  private volatile int status = 200;
  private volatile String tokenPrefix = "test-token-";
  private volatile String errorBody = "{\"error\":\"invalid_client\",\"error_description\":\"Client authentication failed\"}";

  private TokenServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/connect/token", this::handle);
    server.start();
  }

  public static TokenServer start() {
    try {
      return new TokenServer();
    } catch (IOException e) {
      throw new AssertionError("cannot start token server", e);
    }
  }

  /** Token URL, e.g. http://127.0.0.1:40000/connect/token. */
  public String tokenUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/connect/token";
  }

  public int calls() {
    return calls.get();
  }

  /** Form fields of each token request, in order. */
  public List<Map<String, String>> requests() {
    synchronized (requests) {
      return List.copyOf(requests);
    }
  }

  public TokenServer expiresIn(int seconds) {
    this.expiresIn = seconds;
    return this;
  }

  /** expires_in of the first calls, in order; later calls get {@link #expiresIn(int)}'s value. */
  public TokenServer expiresInPerCall(int... seconds) {
    this.expiresInPerCall = seconds.clone();
    return this;
  }

  /** Makes the endpoint answer with this status (non-2xx answers carry an OAuth error body). */
  public TokenServer status(int status) {
    this.status = status;
    return this;
  }

  /** Tokens are this prefix and the call's number (default "test-token-"), to tell two servers' tokens apart. */
  public TokenServer tokenPrefix(String prefix) {
    this.tokenPrefix = prefix;
    return this;
  }

  public TokenServer errorBody(String json) {
    this.errorBody = json;
    return this;
  }

  private void handle(HttpExchange exchange) throws IOException {
    int n = calls.incrementAndGet();
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    requests.add(parseForm(body));
    String response = status / 100 == 2
        ? "{\"access_token\":\"" + tokenPrefix + n + "\",\"token_type\":\"Bearer\",\"expires_in\":"
            + (n <= expiresInPerCall.length ? expiresInPerCall[n - 1] : expiresIn) + "}"
        : errorBody;
    byte[] bytes = response.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }

  static Map<String, String> parseForm(String body) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String pair : body.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String k = eq < 0 ? pair : pair.substring(0, eq);
      String v = eq < 0 ? "" : pair.substring(eq + 1);
      out.put(URLDecoder.decode(k, StandardCharsets.UTF_8), URLDecoder.decode(v, StandardCharsets.UTF_8));
    }
    return out;
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
