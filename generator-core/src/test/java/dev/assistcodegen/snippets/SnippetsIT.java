package dev.assistcodegen.snippets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.assistcodegen.Generator;
import dev.assistcodegen.GeneratorConfig;
import dev.assistcodegen.report.GeneratorLog;
import dev.assistcodegen.corpus.HostileStringsIT;
import dev.assistcodegen.load.SpecLoader;
import dev.assistcodegen.model.ApiSpec;
import dev.assistcodegen.model.Operation;
import dev.assistcodegen.plan.RequestExample;
import dev.assistcodegen.plan.RequestExamples;
import dev.assistcodegen.testing.PrismMock;
import dev.assistcodegen.testing.Processes;
import dev.assistcodegen.testing.RepoPaths;
import dev.assistcodegen.testing.TokenServer;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generates every snippet, checks its syntax with the language's own tool, runs every
 * snippet of every runnable language through a recording proxy (to compare what it sends
 * with the collection's request) in front of Prism (which must accept it) and a token server.
 */
class SnippetsIT {
  private static final GeneratorLog QUIET = GeneratorLog.silent();
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path tmp;

  @Test
  void everySnippetOfTheLoomeSpecPassesItsSyntaxCheckRunsAndIsAcceptedByPrism() throws Exception {
    Path spec = RepoPaths.spec("loome-assist.openapi.yaml");
    try (PrismMock prism = PrismMock.start(spec); TokenServer tokens = TokenServer.start();
         RecordingProxy proxy = new RecordingProxy(prism.baseUrl())) {
      int runs = generateCheckAndRun(spec.toString(), proxy, tokens, true);
      assertTrue(runs >= 11 * 40, "too few snippet runs: " + runs);
      assertTrue(tokens.requests().stream().allMatch(f -> "client_credentials".equals(f.get("grant_type"))
          && "e2e-client".equals(f.get("client_id")) && "s3cr&t =%".equals(f.get("client_secret"))
          && "webApi".equals(f.get("scope"))), () -> "token requests: " + tokens.requests());
    }
  }

  @Test
  void hostileSpecValuesNeverBreakASnippetAndAreSentExactly() throws Exception {
    Path spec = tmp.resolve("hostile.yaml");
    Files.writeString(spec, HostileSpec.YAML, StandardCharsets.UTF_8);
    try (TokenServer tokens = TokenServer.start(); RecordingProxy proxy = new RecordingProxy(null)) {
      int runs = generateCheckAndRun(spec.toString(), proxy, tokens, false);
      assertEquals(SnippetToolchain.RUNNABLE.size() * 3, runs);
    }
  }

  /**
   * The property half of the hostile-string check for snippets: specs made by the seeded
   * generator of {@link HostileStringsIT} (hostile titles, names, descriptions, examples, enum
   * values, parameter and header names, server and token URLs) give snippets that pass every
   * language's syntax check and, when run, send exactly the request of the collection.
   */
  @Test
  void seededHostileSpecsGiveSnippetsThatParseAndSendExactly() throws Exception {
    int checked = 0;
    for (int i = 0; i < HOSTILE_SEEDS; i++) {
      long seed = HostileStringsIT.FIXED_SEED + 1_000 + i;
      Path spec = tmp.resolve("hostile-" + seed + ".json");
      Files.writeString(spec, HostileStringsIT.specText(new java.util.Random(seed), true), StandardCharsets.UTF_8);
      // fully hostile names too (header names no HTTP client can send): every snippet must still parse
      Path raw = tmp.resolve("hostile-raw-" + seed + ".json");
      Files.writeString(raw, HostileStringsIT.specText(new java.util.Random(seed), false), StandardCharsets.UTF_8);
      try (TokenServer tokens = TokenServer.start(); RecordingProxy proxy = new RecordingProxy(null)) {
        assertEquals(0, generateCheckAndRun(raw.toString(), null, tokens, false, "raw-" + seed));
        int runs = generateCheckAndRun(spec.toString(), proxy, tokens, false, "seed-" + seed);
        assertEquals(SnippetToolchain.RUNNABLE.size() * 2, runs, "seed " + seed + ": runs");
        newmanSendsExactly(spec, tmp.resolve("seed-" + seed), proxy, tokens, "newman-" + seed);
        checked++;
      } catch (AssertionError e) {
        throw new AssertionError("seed " + seed + " (spec " + spec + "): " + e.getMessage(), e);
      }
    }
    assertEquals(HOSTILE_SEEDS, checked);
  }

  /** Runs the collection written to {@code out} with Newman; each request must be exactly its RequestExample. */
  private void newmanSendsExactly(Path spec, Path out, RecordingProxy proxy, TokenServer tokens, String run)
      throws Exception {
    Path collection;
    Path environment;
    try (java.util.stream.Stream<Path> files = Files.list(out)) {
      List<Path> all = files.sorted().toList();
      collection = all.stream().filter(f -> f.toString().endsWith(".postman_collection.json")).findFirst().orElseThrow();
      environment = all.stream().filter(f -> f.toString().endsWith(".postman_environment.json")).findFirst().orElseThrow();
    }
    com.fasterxml.jackson.databind.node.ObjectNode env =
        dev.assistcodegen.testing.Newman.readObject(Files.readAllBytes(environment));
    for (com.fasterxml.jackson.databind.JsonNode v : env.path("values")) {
      com.fasterxml.jackson.databind.node.ObjectNode value = (com.fasterxml.jackson.databind.node.ObjectNode) v;
      switch (v.path("key").asText()) {
        case "baseUrl" -> value.put("value", proxy.baseUrl(run));
        case "tokenUrl" -> value.put("value", tokens.tokenUrl());
        default -> {
          if (v.path("value").asText().isEmpty()) {
            value.put("value", "dummy-" + v.path("key").asText());
          }
        }
      }
    }
    Path work = Files.createDirectories(tmp.resolve(run));
    dev.assistcodegen.testing.Newman.Report report = dev.assistcodegen.testing.Newman.run(collection, env, work);
    List<Operation> ops = SpecLoader.load(spec.toString(), QUIET).operations();
    List<RecordingProxy.Recorded> got = proxy.all(run);
    assertEquals(ops.size(), got.size(), () -> "Newman requests that arrived: " + got + "\n" + report.console());
    List<String> errors = new ArrayList<>();
    for (Operation op : ops) {
      RecordingProxy.Recorded sent = got.stream().filter(g -> g.method().equals(op.method())).findFirst().orElse(null);
      String diff = compare(RequestExamples.of(op), sent);
      if (!diff.isEmpty()) {
        errors.add("Newman " + op.method() + " " + op.operationId() + ": " + diff);
      }
    }
    assertTrue(errors.isEmpty(), () -> String.join("\n", errors));
  }

  /** Seeded hostile specs checked and run in every language (each costs one compile per language). */
  static final int HOSTILE_SEEDS = 3;

  /** Generates all languages for {@code spec}, checks them, runs the runnable ones; returns the run count. */
  private int generateCheckAndRun(String spec, RecordingProxy proxy, TokenServer tokens, boolean prismAccepts)
      throws Exception {
    return generateCheckAndRun(spec, proxy, tokens, prismAccepts, "out");
  }

  private int generateCheckAndRun(String spec, RecordingProxy proxy, TokenServer tokens, boolean prismAccepts,
      String name) throws Exception {
    Path out = tmp.resolve(name);
    GeneratorConfig config = GeneratorConfig.builder().spec(spec).outputDir(out).build();
    ApiSpec api = SpecLoader.load(spec, QUIET);
    Map<String, byte[]> files = Generator.render(api, config, QUIET);
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      Path target = out.resolve(f.getKey());
      Files.createDirectories(target.getParent());
      Files.write(target, f.getValue());
    }
    SnippetToolchain tools = new SnippetToolchain(out.resolve("snippets"), tmp.resolve("build-" + name));
    List<Operation> ops = api.operations();
    List<String> errors = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger counter = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(SnippetToolchain.PARALLEL);
    List<Future<?>> jobs = new ArrayList<>();
    Map<String, Long> checkMillis = new java.util.LinkedHashMap<>();
    Map<String, java.util.concurrent.atomic.AtomicLong> runMillis = new java.util.concurrent.ConcurrentHashMap<>();
    long start = System.nanoTime();
    // each language's runs start as soon as it is checked (and compiled), while the next one is checked
    for (String language : LanguageCatalog.BUILT_IN) {
      long t = System.nanoTime();
      try {
        tools.check(language);
      } catch (AssertionError | java.io.IOException e) {
        pool.shutdownNow(); // stop the runs already started: the syntax failure is the report
        throw e;
      }
      checkMillis.put(language, (System.nanoTime() - t) / 1_000_000);
      assertEquals(api.operations().size(), tools.snippetFiles(language).size(), language + " snippet count");
      if (!SnippetToolchain.RUNNABLE.contains(language) || proxy == null) {
        continue; // proxy null: syntax checks only
      }
      java.util.concurrent.atomic.AtomicLong spent = runMillis.computeIfAbsent(language,
          k -> new java.util.concurrent.atomic.AtomicLong());
      for (Operation op : ops) {
        Path file = snippetOf(out, files, language, op);
        List<String> command = tools.command(language, file);
        jobs.add(pool.submit(() -> {
          String run = "run-" + counter.incrementAndGet();
          Map<String, String> env = new HashMap<>(tools.environment(language));
          env.put("BASE_URL", proxy.baseUrl(run));
          env.put("TOKEN_URL", tokens.tokenUrl());
          env.put("CLIENT_ID", "e2e-client");
          env.put("CLIENT_SECRET", "s3cr&t =%");
          env.putIfAbsent("API_KEY", "key'\"$(id)");
          long began = System.nanoTime();
          try {
            Processes.Result r = Processes.run(command, file.getParent(), env, 120);
            spent.addAndGet((System.nanoTime() - began) / 1_000_000);
            String where = language + " " + out.relativize(file) + ": ";
            if (r.exitCode() != 0) {
              errors.add(where + "exit " + r.exitCode() + "\n" + r.output());
              return null;
            }
            String diff = compare(RequestExamples.of(op), proxy.recorded(run));
            if (!diff.isEmpty()) {
              errors.add(where + diff);
            }
          } catch (Exception | AssertionError e) {
            errors.add(language + " " + file + ": " + e);
          }
          return null;
        }));
      }
    }
    for (Future<?> job : jobs) {
      job.get();
    }
    pool.shutdown();
    // a printed figure, not an assertion: where the time goes (process time is summed over parallel runs)
    System.out.printf("SnippetsIT %s: %d runs, %.1f s wall, %d at a time%n  check ms: %s%n  run ms (summed): %s%n",
        spec.substring(spec.lastIndexOf('/') + 1), counter.get(), (System.nanoTime() - start) / 1e9,
        SnippetToolchain.PARALLEL, checkMillis, new java.util.TreeMap<>(runMillis));
    assertTrue(errors.isEmpty(), () -> errors.size() + " snippet runs failed:\n"
        + String.join("\n---\n", errors.subList(0, Math.min(8, errors.size()))));
    return counter.get();
  }

  /** The file of {@code op}'s snippet: found by its unique file-name marker, the operation comment. */
  static Path snippetOf(Path out, Map<String, byte[]> files, String language, Operation op) {
    String marker = Escapers.comment(op.method() + " " + op.path() + " (operationId " + op.operationId() + ")");
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      if (f.getKey().startsWith("snippets/" + language + "/") && !f.getKey().endsWith("go.mod")
          && new String(f.getValue(), StandardCharsets.UTF_8).contains(" " + marker + "\n")) {
        return out.resolve(f.getKey());
      }
    }
    throw new AssertionError("no " + language + " snippet for " + op.operationId());
  }

  /** Differences between what the collection sends and what the snippet sent, or "". */
  static String compare(RequestExample expected, RecordingProxy.Recorded got) throws Exception {
    if (got == null) {
      return "sent nothing";
    }
    List<String> diff = new ArrayList<>();
    if (!expected.method().equals(got.method())) {
      diff.add("method " + got.method() + " != " + expected.method());
    }
    if (!decode(expected.resolvedPath()).equals(decode(got.rawPath()))) {
      diff.add("path " + got.rawPath() + " != " + expected.resolvedPath());
    }
    if (!queryPairs(expected.resolvedQuery()).equals(queryPairs(got.rawQuery()))) {
      diff.add("query " + got.rawQuery() + " != " + expected.resolvedQuery());
    }
    for (RequestExample.NameValue h : expected.headers()) {
      if (!h.enabled()) {
        continue;
      }
      List<String> values = got.headers().getOrDefault(h.name().toLowerCase(Locale.ROOT), List.of());
      boolean match = h.name().equalsIgnoreCase("Content-Type")
          ? values.stream().anyMatch(v -> v.split(";")[0].strip().equalsIgnoreCase(h.value().split(";")[0].strip()))
          // the JDK's HttpServer (the recorder) reads a TAB inside a header value as a space
          : values.contains(h.value()) || values.contains(h.value().replace('\t', ' '));
      if (!match) {
        diff.add("header " + h.name() + " " + values + " != " + h.value());
      }
    }
    List<String> auth = got.headers().getOrDefault("authorization", List.of());
    if (!auth.isEmpty() && !auth.get(0).startsWith("Bearer test-token-")) {
      diff.add("authorization " + auth);
    }
    RequestExample.Body body = expected.body();
    String sent = new String(got.body(), StandardCharsets.UTF_8);
    switch (body.kind()) {
      case JSON -> {
        if (!JSON.readTree(body.text()).equals(JSON.readTree(sent))) {
          diff.add("JSON body\n" + sent + "\n!=\n" + body.text());
        }
      }
      case RAW -> {
        if (!body.text().equals(sent)) {
          diff.add("body\n" + sent + "\n!=\n" + body.text());
        }
      }
      case URLENCODED -> {
        if (!body.formText().equals(sent)) {
          diff.add("form body " + sent);
        }
      }
      case NONE -> {
        if (got.body().length > 0) {
          diff.add("unexpected body " + sent);
        }
      }
      default -> { }
    }
    return String.join("; ", diff);
  }

  private static List<String> queryPairs(String raw) {
    List<String> out = new ArrayList<>();
    if (raw == null || raw.isEmpty()) {
      return out;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      out.add(decode(eq < 0 ? pair : pair.substring(0, eq)) + "=" + decode(eq < 0 ? "" : pair.substring(eq + 1)));
    }
    return out;
  }

  /** Percent-decoding without treating '+' as a space. */
  static String decode(String s) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '%' && i + 2 < bytes.length) {
        out.write(Integer.parseInt(new String(bytes, i + 1, 2, StandardCharsets.US_ASCII), 16));
        i += 2;
      } else {
        out.write(bytes[i]);
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
