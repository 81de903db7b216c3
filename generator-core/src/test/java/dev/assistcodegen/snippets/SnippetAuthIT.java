package dev.assistcodegen.snippets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.assistcodegen.Generator;
import dev.assistcodegen.GeneratorConfig;
import dev.assistcodegen.load.SpecLoader;
import dev.assistcodegen.model.ApiSpec;
import dev.assistcodegen.model.Operation;
import dev.assistcodegen.postman.PostmanIds;
import dev.assistcodegen.report.GeneratorLog;
import dev.assistcodegen.testing.Processes;
import dev.assistcodegen.testing.RepoPaths;
import dev.assistcodegen.testing.SentAuth;
import dev.assistcodegen.testing.TokenServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every runnable language's snippets of {@code cases/auth-every-kind} (one request per way a
 * request authenticates: token script, bearer, basic, digest, another HTTP scheme, API keys in a
 * header, query parameter and cookie, all of these together, alternatives, optional auth, an
 * OAuth 2 flow the user runs, a second client-credentials scheme, public, mutual TLS) run against
 * a server that answers digest challenges and records what arrives. Each request must carry the
 * credentials the collection's request carries ({@link SentAuth} read from the collection), with
 * the values of the snippet's environment variables. Basic auth runs once more without
 * {@code API_PASSWORD}: an empty password (Stripe sends its key as the user name and no password).
 */
class SnippetAuthIT {
  private static final Path SPEC = RepoPaths.root().resolve("generator-core/src/test/resources/cases/auth-every-kind/openapi.yaml");
  private static final String USERNAME = "user name";
  private static final String PASSWORD = "p\u00e4ss:word";
  /** Python's urllib answers a digest challenge with ASCII credentials only. */
  private static final String DIGEST_PASSWORD = "pass:word";
  private static final Map<String, String> ENV = Map.of("API_USERNAME", USERNAME, "API_PASSWORD", PASSWORD,
      "BEARER_TOKEN", "bearer-t0ken", "CREDENTIALS", "hoba-creds", "API_KEY", "key one",
      "API_KEY_KEY", "key-of-X-Key", "API_KEY_Q", "key&of=q", "API_KEY_SID", "key-of-sid",
      "CLIENT_ID", "auth-client", "CLIENT_SECRET", "s3cret");
  /** The value each API key must arrive with, by "where name" as {@link SentAuth} names keys, per request kind. */
  private static final Map<String, String> SINGLE_KEY = Map.of("header X-Key", "key one", "query api_key", "key one",
      "cookie sid", "key one");
  private static final Map<String, String> SEVERAL_KEYS = Map.of("header X-Key", "key-of-X-Key",
      "query api_key", "key&of=q", "cookie sid", "key-of-sid");

  @TempDir
  Path tmp;

  @Test
  void everyLanguageSendsTheCollectionsCredentials() throws Exception {
    ApiSpec api = SpecLoader.load(SPEC.toString(), GeneratorLog.silent());
    Map<String, byte[]> files = Generator.render(api, GeneratorConfig.builder().spec(SPEC.toString()).build(),
        GeneratorLog.silent());
    Path out = tmp.resolve("out");
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      Path target = out.resolve(f.getKey());
      Files.createDirectories(target.getParent());
      Files.write(target, f.getValue());
    }
    ObjectMapper json = new ObjectMapper();
    var collection = json.readTree(files.get("auth-every-kind.postman_collection.json"));
    Map<String, SentAuth> expected = SentAuth.ofCollection(collection,
        SentAuth.secrets(json.readTree(files.get("auth-every-kind.postman_environment.json"))));
    SnippetToolchain tools = new SnippetToolchain(out.resolve("snippets"), tmp.resolve("build"));
    List<String> errors = Collections.synchronizedList(new ArrayList<>());
    int runs = 0;
    try (TokenServer tokens = TokenServer.start(); AuthServer server = new AuthServer()) {
      ExecutorService pool = Executors.newFixedThreadPool(SnippetToolchain.PARALLEL);
      List<Future<?>> jobs = new ArrayList<>();
      for (String language : SnippetToolchain.RUNNABLE) {
        tools.check(language);
        for (Operation op : api.operations()) {
          SentAuth want = expected.get(PostmanIds.of("Auth Every Kind", "request", op.operationId()));
          Path file = SnippetsIT.snippetOf(out, files, language, op);
          List<String> command = tools.command(language, file);
          for (String password : op.operationId().equals("basicCredentials") ? List.of(PASSWORD, "")
              : List.of(PASSWORD)) {
            String run = "run-" + ++runs;
            jobs.add(pool.submit(() -> {
              Map<String, String> env = new HashMap<>(tools.environment(language));
              env.putAll(ENV);
              env.put("BASE_URL", server.baseUrl(run));
              env.put("TOKEN_URL", tokens.tokenUrl());
              if (op.operationId().equals("digestCredentials")) {
                env.put("API_PASSWORD", DIGEST_PASSWORD);
              }
              if (password.isEmpty()) {
                env.remove("API_PASSWORD");
              }
              String where = language + " " + op.operationId() + (password.isEmpty() ? " without API_PASSWORD" : "")
                  + " (" + want + "): ";
              try {
                Processes.Result r = Processes.run(command, file.getParent(), env, 120);
                if (r.exitCode() != 0) {
                  errors.add(where + "exit " + r.exitCode() + "\n" + r.output());
                  return null;
                }
                List<String> diff = compare(want, server.last(run), op.operationId().equals("cookieKey"), password);
                if (!diff.isEmpty()) {
                  errors.add(where + String.join("; ", diff));
                }
              } catch (Exception | AssertionError e) {
                errors.add(where + e);
              }
              return null;
            }));
          }
        }
      }
      for (Future<?> job : jobs) {
        job.get();
      }
      pool.shutdown();
    }
    assertTrue(errors.isEmpty(), () -> errors.size() + " snippet runs sent other credentials:\n"
        + String.join("\n---\n", errors));
    assertEquals(SnippetToolchain.RUNNABLE.size() * (api.operations().size() + 1), runs);
  }

  /** What is wrong with the credentials of {@code got} for {@code want}; empty when nothing is. */
  static List<String> compare(SentAuth want, AuthServer.Request got, boolean ownCookie, String password) {
    List<String> diff = new ArrayList<>();
    if (got == null) {
      return List.of("sent nothing");
    }
    String authorization = got.header("authorization");
    String expected = switch (want.authorization().split(" ")[0]) {
      case "client-credentials" -> "Bearer test-token-";
      case "bearer" -> "Bearer bearer-t0ken";
      case "basic" -> "Basic " + Base64.getEncoder().encodeToString((USERNAME + ":" + password)
          .getBytes(StandardCharsets.UTF_8));
      case "digest" -> "Digest ";
      case "scheme" -> want.authorization().substring("scheme ".length()) + " hoba-creds";
      default -> null;
    };
    if (expected == null ? authorization != null : authorization == null || !authorization.startsWith(expected)
        || !expected.endsWith("-") && !expected.endsWith(" ") && !authorization.equals(expected)) {
      diff.add("Authorization " + authorization + ", expected " + expected);
    }
    if (want.authorization().equals("digest") && !got.digestValid()) {
      diff.add("the digest response does not match " + authorization);
    }
    Map<String, String> values = want.keys().size() == 1 ? SINGLE_KEY : SEVERAL_KEYS;
    for (String key : want.keys()) {
      String name = key.substring(key.indexOf(' ') + 1);
      String value = switch (key.substring(0, key.indexOf(' '))) {
        case "header" -> got.header(name.toLowerCase(Locale.ROOT));
        case "query" -> got.query().get(name);
        default -> got.cookies().get(name);
      };
      if (!values.get(key).equals(value)) {
        diff.add(key + " = " + value + ", expected " + values.get(key));
      }
    }
    if (want.keys().isEmpty() && (got.header("x-key") != null || got.query().containsKey("api_key")
        || got.cookies().containsKey("sid"))) {
      diff.add("an API key the collection does not send");
    }
    if (ownCookie && !"en".equals(got.cookies().get("lang"))) {
      diff.add("the request's own cookie lang is gone: " + got.header("cookie"));
    }
    return diff;
  }

  @Test
  void theComparisonNoticesWrongCredentials() {
    SentAuth basic = new SentAuth("basic", "", "", java.util.Set.of("header X-Key"));
    String good = "Basic " + Base64.getEncoder().encodeToString((USERNAME + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    assertEquals(List.of(), compare(basic, request(Map.of("authorization", good, "x-key", "key one"), ""), false,
        PASSWORD));
    assertEquals(1, compare(basic, request(Map.of("authorization", good, "x-key", "key one"), ""), false, "").size(),
        "the password was expected empty");
    assertEquals(2, compare(basic, request(Map.of("authorization", good + "x", "x-key", "other"), ""), false,
        PASSWORD).size());
    assertEquals(1, compare(new SentAuth("none", "", "", java.util.Set.of()),
        request(Map.of("x-key", "key one"), ""), false, PASSWORD).size());
    assertEquals(1, compare(new SentAuth("scheme hoba", "", "", java.util.Set.of()),
        request(Map.of("authorization", "Bearer hoba-creds"), ""), false, PASSWORD).size());
    assertEquals(1, compare(new SentAuth("none", "", "", java.util.Set.of("cookie sid")),
        request(Map.of("cookie", "sid=key one"), ""), true, PASSWORD).size(), "the request's own cookie is gone");
  }

  private static AuthServer.Request request(Map<String, String> headers, String query) {
    return new AuthServer.Request("GET", "/x", query, new TreeMap<>(headers), false);
  }

  /**
   * Records every request per run ({@code /run-N/...}) and answers 200 {}, except under
   * {@code /digest}: a request without a valid Digest answer gets a 401 challenge (MD5, qop auth).
   */
  static final class AuthServer implements AutoCloseable {
    private static final String REALM = "assist e2e";
    private static final String NONCE = "dcd98b7102dd2f0e8b11d0f600bfb0c093";
    private static final String OPAQUE = "5ccc069c403ebaf9f0171e9517f40e41";
    private static final Pattern PARAM = Pattern.compile("(\\w+)=(?:\"((?:[^\"\\\\]|\\\\.)*)\"|([^\\s,]*))");

    /** A recorded request: header names lower case (repeated headers joined with ", "). */
    record Request(String method, String rawPath, String rawQuery, Map<String, String> headers, boolean digestValid) {
      String header(String name) {
        return headers.get(name);
      }

      Map<String, String> query() {
        Map<String, String> out = new HashMap<>();
        if (rawQuery != null && !rawQuery.isEmpty()) {
          for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            out.put(decode(eq < 0 ? pair : pair.substring(0, eq)), decode(eq < 0 ? "" : pair.substring(eq + 1)));
          }
        }
        return out;
      }

      Map<String, String> cookies() {
        Map<String, String> out = new HashMap<>();
        String cookie = headers.get("cookie");
        if (cookie != null) {
          for (String pair : cookie.split(";\\s*")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
              out.put(pair.substring(0, eq).strip(), pair.substring(eq + 1));
            }
          }
        }
        return out;
      }

      private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
      }
    }

    private final HttpServer server;
    private final Map<String, Request> last = new ConcurrentHashMap<>();

    AuthServer() throws IOException {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      server.setExecutor(Executors.newFixedThreadPool(SnippetToolchain.PARALLEL + 2));
      server.createContext("/", this::handle);
      server.start();
    }

    String baseUrl(String run) {
      return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + run;
    }

    Request last(String run) {
      return last.get(run);
    }

    private void handle(HttpExchange exchange) throws IOException {
      try (exchange) {
        exchange.getRequestBody().readAllBytes();
        String raw = exchange.getRequestURI().getRawPath();
        int slash = raw.indexOf('/', 1);
        String run = slash < 0 ? raw.substring(1) : raw.substring(1, slash);
        Map<String, String> headers = new TreeMap<>();
        exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), String.join(", ", v)));
        String target = raw + (exchange.getRequestURI().getRawQuery() == null ? ""
            : "?" + exchange.getRequestURI().getRawQuery());
        boolean digest = raw.contains("/digest/");
        boolean valid = digest && validDigest(exchange.getRequestMethod(), target, headers.get("authorization"));
        last.put(run, new Request(exchange.getRequestMethod(), raw, exchange.getRequestURI().getRawQuery(), headers,
            valid));
        if (digest && !valid) {
          exchange.getResponseHeaders().add("WWW-Authenticate", "Digest realm=\"" + REALM + "\", qop=\"auth\", nonce=\""
              + NONCE + "\", opaque=\"" + OPAQUE + "\", algorithm=MD5");
          exchange.sendResponseHeaders(401, -1);
          return;
        }
        byte[] answer = "{}".getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, answer.length);
        exchange.getResponseBody().write(answer);
      }
    }

    /** RFC 7616 with MD5 and qop auth: the response must be computed from our user, password, nonce and request. */
    private static boolean validDigest(String method, String target, String authorization) {
      if (authorization == null || !authorization.regionMatches(true, 0, "Digest ", 0, 7)) {
        return false;
      }
      Map<String, String> p = new HashMap<>();
      Matcher m = PARAM.matcher(authorization.substring(7));
      while (m.find()) {
        p.put(m.group(1).toLowerCase(Locale.ROOT), m.group(2) != null ? m.group(2).replaceAll("\\\\(.)", "$1")
            : m.group(3));
      }
      if (!USERNAME.equals(p.get("username")) || !NONCE.equals(p.get("nonce")) || !OPAQUE.equals(p.get("opaque"))
          || !target.equals(p.get("uri")) && !target.equals(absolutePath(p.get("uri")))) {
        return false;
      }
      String ha1 = md5(USERNAME + ":" + REALM + ":" + DIGEST_PASSWORD);
      String ha2 = md5(method + ":" + p.get("uri"));
      String want = p.containsKey("qop") ? md5(ha1 + ":" + NONCE + ":" + p.get("nc") + ":" + p.get("cnonce") + ":"
          + p.get("qop") + ":" + ha2) : md5(ha1 + ":" + NONCE + ":" + ha2);
      return want.equals(p.get("response"));
    }

    private static String absolutePath(String uri) {
      return uri == null ? null : uri.replaceFirst("^https?://[^/]+", "");
    }

    private static String md5(String text) {
      try {
        return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
      } catch (java.security.NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    public void close() {
      server.stop(0);
    }
  }
}
