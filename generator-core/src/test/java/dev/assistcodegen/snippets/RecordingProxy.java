package dev.assistcodegen.snippets;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;

/**
 * Records what each snippet sends, then forwards it to an upstream (Prism) and returns the
 * upstream's answer; without an upstream it answers 200 {}. Each run uses its own prefix
 * ({@code /run-N}) so parallel runs do not mix.
 */
final class RecordingProxy implements AutoCloseable {
  /** One recorded request; header names lower case. */
  record Recorded(String method, String rawPath, String rawQuery, Map<String, List<String>> headers, byte[] body) {}

  private static final Set<String> HOP = Set.of("host", "content-length", "connection", "expect", "upgrade",
      "transfer-encoding", "keep-alive", "te", "http2-settings");
  private final HttpServer server;
  private final String upstream;
  private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final Map<String, Recorded> recorded = new ConcurrentHashMap<>();
  private final Map<String, List<Recorded>> history = new ConcurrentHashMap<>();

  RecordingProxy(String upstream) throws IOException {
    this.upstream = upstream;
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(Executors.newFixedThreadPool(SnippetToolchain.PARALLEL + 2));
    server.createContext("/", this::handle);
    server.start();
  }

  String baseUrl(String run) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + run;
  }

  Recorded recorded(String run) {
    return recorded.get(run);
  }

  /** Every request of {@code run} in the order they arrived (a Newman run sends several). */
  List<Recorded> all(String run) {
    return List.copyOf(history.getOrDefault(run, List.of()));
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      URI uri = exchange.getRequestURI();
      String raw = uri.getRawPath();
      int slash = raw.indexOf('/', 1);
      String run = slash < 0 ? raw.substring(1) : raw.substring(1, slash);
      String path = slash < 0 ? "/" : raw.substring(slash);
      byte[] body = exchange.getRequestBody().readAllBytes();
      Map<String, List<String>> headers = new TreeMap<>();
      exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(java.util.Locale.ROOT), List.copyOf(v)));
      Recorded got = new Recorded(exchange.getRequestMethod(), path, uri.getRawQuery(), headers, body);
      recorded.put(run, got);
      history.computeIfAbsent(run, k -> java.util.Collections.synchronizedList(new java.util.ArrayList<>())).add(got);
      int status = 200;
      byte[] answer = "{}".getBytes();
      String type = "application/json";
      if (upstream != null) {
        HttpRequest.Builder forward = HttpRequest.newBuilder(URI.create(upstream + path
            + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())));
        headers.forEach((k, values) -> {
          if (!HOP.contains(k)) {
            values.forEach(v -> forward.header(k, v));
          }
        });
        forward.method(exchange.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(body));
        try {
          HttpResponse<byte[]> response = client.send(forward.build(), HttpResponse.BodyHandlers.ofByteArray());
          status = response.statusCode();
          answer = response.body();
          type = response.headers().firstValue("content-type").orElse("application/json");
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          status = 502;
        } catch (IOException e) {
          status = 502;
          answer = ("proxy: " + e).getBytes();
        }
      }
      exchange.getResponseHeaders().add("Content-Type", type);
      exchange.sendResponseHeaders(status, answer.length == 0 ? -1 : answer.length);
      if (answer.length > 0) {
        exchange.getResponseBody().write(answer);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
