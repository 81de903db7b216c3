package dev.assistcodegen.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Sits between Newman and Prism for a {@link PrismSpecCopy} whose keys share a path and a method: a
 * request to such a path goes to the path of the key it belongs to, chosen the way the API tells
 * them apart (the header or query value the key names, e.g. {@code X-Amz-Target}; then which key's
 * required header and query parameters the request has). Every other request, and a request no key
 * claims, is forwarded as it is (Prism then judges it). Keeps the path each request was sent to.
 */
public final class KeyRouter implements AutoCloseable {
  private static final Set<String> HOP = Set.of("host", "content-length", "connection", "expect", "upgrade",
      "transfer-encoding", "keep-alive", "te", "http2-settings");

  private record Compiled(PrismSpecCopy.Route route, Pattern path) {}

  private final HttpServer server;
  private final String upstream;
  private final List<Compiled> routes = new ArrayList<>();
  private final List<String> routed = Collections.synchronizedList(new ArrayList<>());
  private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .followRedirects(HttpClient.Redirect.NEVER).build();

  private KeyRouter(String upstream, List<PrismSpecCopy.Route> routes) throws IOException {
    this.upstream = upstream;
    for (PrismSpecCopy.Route r : routes) {
      this.routes.add(new Compiled(r, template(r.pathTemplate())));
    }
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  /** A router forwarding to {@code upstream} (Prism's base URL). */
  public static KeyRouter start(String upstream, List<PrismSpecCopy.Route> routes) {
    try {
      return new KeyRouter(upstream, routes);
    } catch (IOException e) {
      throw new AssertionError("cannot start the key router", e);
    }
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** "METHOD path -> target" for each routed request, in order. */
  public List<String> routed() {
    return List.copyOf(routed);
  }

  /** A path template as a pattern: each {name} is one segment's worth of characters, the rest literal. */
  static Pattern template(String path) {
    StringBuilder regex = new StringBuilder();
    int at = 0;
    var m = Pattern.compile("\\{[^{}]+}").matcher(path);
    while (m.find()) {
      regex.append(Pattern.quote(path.substring(at, m.start()))).append("[^/]+");
      at = m.end();
    }
    return Pattern.compile(regex.append(Pattern.quote(path.substring(at))).toString());
  }

  /** The key's own path for this request, or null when no key claims it. */
  String target(String method, String rawPath, Map<String, String> headers, Map<String, String> query) {
    Compiled best = null;
    int bestScore = -1;
    for (Compiled c : routes) {
      PrismSpecCopy.Route r = c.route();
      if (!r.method().equals(method) || !c.path().matcher(rawPath).matches()) {
        continue;
      }
      int score = 0;
      boolean holds = true;
      for (String[] condition : r.conditions()) {
        String value = (condition[0].equals("header") ? headers : query).get(condition[1].toLowerCase(Locale.ROOT));
        holds &= value != null && (condition[2] == null || condition[2].equals(value));
      }
      if (!holds) {
        continue;
      }
      score += 100 * r.conditions().size();
      boolean hasRequired = r.requiredHeaders().stream().allMatch(h -> headers.containsKey(h.toLowerCase(Locale.ROOT)))
          && r.requiredQuery().stream().allMatch(q -> query.containsKey(q.toLowerCase(Locale.ROOT)));
      score += hasRequired ? 10 * (1 + r.requiredHeaders().size() + r.requiredQuery().size()) : 0;
      if (score > bestScore) {
        best = c;
        bestScore = score;
      }
    }
    if (best == null) {
      return null;
    }
    String suffix = best.route().target().substring(best.route().target().lastIndexOf('/') + 1);
    return rawPath + (rawPath.endsWith("/") ? "" : "/") + suffix;
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      URI uri = exchange.getRequestURI();
      Map<String, String> headers = new TreeMap<>();
      exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), v.get(0)));
      Map<String, String> query = new TreeMap<>();
      if (uri.getRawQuery() != null) {
        for (String pair : uri.getRawQuery().split("&")) {
          int eq = pair.indexOf('=');
          query.putIfAbsent(URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8)
              .toLowerCase(Locale.ROOT), eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
      }
      String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
      String target = target(method, uri.getRawPath(), headers, query);
      String path = target == null ? uri.getRawPath() : target;
      routed.add(method + " " + uri.getRawPath() + " -> " + path);
      byte[] body = exchange.getRequestBody().readAllBytes();
      HttpRequest.Builder forward = HttpRequest.newBuilder(URI.create(upstream + path
          + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())));
      exchange.getRequestHeaders().forEach((k, values) -> {
        if (!HOP.contains(k.toLowerCase(Locale.ROOT))) {
          values.forEach(v -> forward.header(k, v));
        }
      });
      forward.method(method, body.length == 0 ? HttpRequest.BodyPublishers.noBody()
          : HttpRequest.BodyPublishers.ofByteArray(body));
      int status;
      byte[] answer;
      String type = "application/json";
      try {
        HttpResponse<byte[]> response = client.send(forward.build(), HttpResponse.BodyHandlers.ofByteArray());
        status = response.statusCode();
        answer = response.body();
        type = response.headers().firstValue("content-type").orElse(type);
        response.headers().firstValue("www-authenticate").ifPresent(v ->
            exchange.getResponseHeaders().add("WWW-Authenticate", v));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        status = 502;
        answer = new byte[0];
      } catch (IOException e) {
        // Prism went away (it crashes on some valid requests): answer nothing, as Prism would have
        exchange.close();
        return;
      }
      exchange.getResponseHeaders().add("Content-Type", type);
      boolean noBody = answer.length == 0 || "HEAD".equals(method) || status == 204 || status == 304;
      exchange.sendResponseHeaders(status, noBody ? -1 : answer.length);
      if (!noBody) {
        exchange.getResponseBody().write(answer);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
