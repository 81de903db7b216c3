package dev.assistcodegen.access;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.assistcodegen.model.ApiSpec;
import dev.assistcodegen.model.Operation;
import dev.assistcodegen.model.Response;
import dev.assistcodegen.model.SecurityRequirement;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in for Loome on 127.0.0.1: a token endpoint that binds each token to the scopes
 * (and, for a project role, the one project) of the API key that asked for it, and the spec's
 * routes, which answer their documented 2xx when the token may call the operation and 403
 * otherwise. It enforces access on its own terms, not through {@link AccessPolicy}, so that the
 * test compares the generator's filter with an independent server.
 */
final class ScopeEnforcingServer implements AutoCloseable {
  /** What an API key may do: its scopes and, for a project role, its one project. */
  record Grant(Set<String> scopes, String projectId) {}

  /** One API call the server answered. */
  record Call(String operationId, int status) {}

  private record Route(Operation op, Pattern pattern, List<String> names) {}

  private final HttpServer server;
  private final String basePath;
  private final List<Route> routes = new ArrayList<>();
  private final Map<String, Grant> keys = new ConcurrentHashMap<>();
  private final Map<String, Grant> tokens = new ConcurrentHashMap<>();
  private final List<Call> calls = Collections.synchronizedList(new ArrayList<>());
  private final List<String> unrouted = Collections.synchronizedList(new ArrayList<>());
  private final AtomicInteger issued = new AtomicInteger();

  ScopeEnforcingServer(ApiSpec spec, String basePath) throws IOException {
    this.basePath = basePath;
    for (Operation op : spec.operations()) {
      List<String> names = new ArrayList<>();
      Matcher m = Pattern.compile("\\{([^}]+)}").matcher(op.path());
      StringBuilder regex = new StringBuilder();
      int last = 0;
      while (m.find()) {
        regex.append(Pattern.quote(op.path().substring(last, m.start()))).append("([^/]+)");
        names.add(m.group(1));
        last = m.end();
      }
      regex.append(Pattern.quote(op.path().substring(last)));
      routes.add(new Route(op, Pattern.compile(regex.toString()), names));
    }
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/connect/token", this::token);
    server.createContext(basePath + "/", this::api);
    server.start();
  }

  void addKey(String clientId, Set<String> scopes, String projectId) {
    keys.put(clientId, new Grant(Set.copyOf(scopes), projectId));
  }

  String origin() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  String baseUrl() {
    return origin() + basePath;
  }

  String tokenUrl() {
    return origin() + "/connect/token";
  }

  List<Call> calls() {
    synchronized (calls) {
      return List.copyOf(calls);
    }
  }

  List<String> unrouted() {
    synchronized (unrouted) {
      return List.copyOf(unrouted);
    }
  }

  void reset() {
    calls.clear();
    unrouted.clear();
  }

  private void token(HttpExchange exchange) throws IOException {
    Map<String, String> form = new java.util.LinkedHashMap<>();
    for (String pair : new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8).split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    Grant grant = keys.get(form.getOrDefault("client_id", ""));
    if (grant == null || !"client_credentials".equals(form.get("grant_type"))) {
      send(exchange, 400, "{\"error\":\"invalid_client\"}");
      return;
    }
    String token = "token-" + issued.incrementAndGet();
    tokens.put(token, grant);
    send(exchange, 200, "{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}");
  }

  private void api(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getRawPath().substring(basePath.length());
    String method = exchange.getRequestMethod();
    exchange.getRequestBody().readAllBytes();
    for (Route route : routes) {
      Matcher m = route.pattern().matcher(path);
      if (!route.op().method().equalsIgnoreCase(method) || !m.matches()) {
        continue;
      }
      String auth = exchange.getRequestHeaders().getFirst("Authorization");
      Grant grant = auth != null && auth.startsWith("Bearer ") ? tokens.get(auth.substring(7)) : null;
      int status;
      if (grant == null) {
        status = 401;
      } else if (!allowed(route, m, queryParameter(exchange.getRequestURI().getRawQuery(), "projectId"), grant)) {
        status = 403;
      } else {
        status = route.op().responses().stream().map(Response::status).filter(s -> s / 100 == 2).findFirst().orElse(200);
      }
      calls.add(new Call(route.op().operationId(), status));
      send(exchange, status, status == 403
          ? "{\"title\":\"Forbidden\",\"status\":403,\"detail\":\"The API key's role lacks the privilege.\"}"
          : status == 204 ? null : "{}");
      return;
    }
    unrouted.add(method + " " + path);
    send(exchange, 404, "{\"title\":\"Not Found\"}");
  }

  /** The (undecoded) value of the query parameter {@code name}, or null. */
  private static String queryParameter(String rawQuery, String name) {
    if (rawQuery == null) {
      return null;
    }
    for (String pair : rawQuery.split("&")) {
      if (pair.startsWith(name + "=")) {
        return pair.substring(name.length() + 1);
      }
    }
    return null;
  }

  /**
   * Any security alternative whose scopes the grant all holds; a project grant only on its own project,
   * named in the path ({@code /projects/{projectId}/...}) or the query ({@code ?projectId=}).
   */
  private static boolean allowed(Route route, Matcher m, String queryProjectId, Grant grant) {
    if (grant.projectId() != null) {
      int i = route.names().indexOf("projectId");
      String project = i >= 0 ? m.group(i + 1) : queryProjectId;
      if (!grant.projectId().equals(project)) {
        return false;
      }
    }
    if (route.op().security().isEmpty()) {
      return true;
    }
    for (SecurityRequirement r : route.op().security()) {
      if (r.schemes().stream().allMatch(u -> grant.scopes().containsAll(u.scopes()))) {
        return true;
      }
    }
    return false;
  }

  private static void send(HttpExchange exchange, int status, String body) throws IOException {
    if (body == null) {
      exchange.sendResponseHeaders(status, -1);
      exchange.close();
      return;
    }
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
