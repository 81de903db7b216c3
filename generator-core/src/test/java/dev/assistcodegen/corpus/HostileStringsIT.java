package dev.assistcodegen.corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.assistcodegen.report.GenerationException;
import dev.assistcodegen.Generator;
import dev.assistcodegen.GeneratorConfig;
import dev.assistcodegen.report.GeneratorLog;
import dev.assistcodegen.load.SpecLoader;
import dev.assistcodegen.model.ApiSpec;
import dev.assistcodegen.merge.CollectionMerge;
import dev.assistcodegen.merge.ExistingCollection;
import dev.assistcodegen.postman.CollectionValidator;
import dev.assistcodegen.postman.PostmanJson;
import dev.assistcodegen.testing.Processes;
import dev.assistcodegen.testing.RepoPaths;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Property test with a seeded generator of our own: hostile strings (quotes, backslashes, line
 * breaks, shell and template syntax, {@code </script>}, U+2028, control characters, non-ASCII,
 * very long text) in every string field of a generated spec. For each spec: generation throws
 * nothing but {@link GenerationException}, the collection passes the official schema, the
 * output is deterministic, merging the collection into itself gives it back byte for byte, and
 * every pre-request and test script still parses (all scripts are
 * checked by one node process that compiles them without running them, like {@code node --check}).
 * A fixed seed runs 200 specs; a few random seeds run too and are printed when they fail.
 */
public class HostileStringsIT {
  public static final long FIXED_SEED = 20_260_701L;
  private static final int ITERATIONS = 200;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ObjectReader EXACT = PostmanJson.MAPPER.reader().with(PostmanJson.NODES);
  private static final String[] FRAGMENTS = {
      "\"", "'", "\\", "\\\\", "\n", "\r\n", "\t", "$(id)", "`uname`", "${process.exit(1)}", "#{7*7}",
      "{{baseUrl}}", "<?php echo 1; ?>", "%", "%2F", "%00", "</script><script>alert(1)</script>", "\u2028",
      "\u2029", "\u0001", "\u001b[31m", "\u007f", "é", "漢字", "😀", "*/", "/*", "//", "-->", "<!--", "&amp;",
      "]]>", "\"; process.exit(1); \"", "'); throw 1; ('", "\\u0022", "\\x27", "${", "}", "{", "?", "#", "&",
      "=", ";", "|", " ", "", "NUL", "CON", "..", "a", "Z", "0",
  };

  @TempDir
  Path tmp;

  @Test
  void fixedSeed() throws Exception {
    check(FIXED_SEED, ITERATIONS);
  }

  @Test
  void randomSeeds() throws Exception {
    Random seeds = new Random();
    for (int i = 0; i < 3; i++) {
      check(seeds.nextLong(), 15);
    }
  }

  private void check(long seed, int iterations) throws Exception {
    List<Path> scripts = new ArrayList<>();
    List<String> refused = new ArrayList<>();
    for (int i = 0; i < iterations; i++) {
      Random random = new Random(seed + i);
      String where = "seed " + seed + " iteration " + i + " (new Random(" + (seed + i) + "))";
      Path specFile = tmp.resolve("spec-" + seed + "-" + i + ".json");
      Files.writeString(specFile, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(spec(random)));
      Map<String, byte[]> first;
      Map<String, byte[]> second;
      try {
        first = render(specFile);
        second = render(specFile);
      } catch (GenerationException expected) {
        // a clear one-line error is an acceptable answer to a hostile spec, but must stay rare
        assertTrue(!expected.getMessage().contains("\n") || expected.getMessage().contains(specFile.toString()),
            where + ": " + expected.getMessage());
        refused.add(where + ": " + expected.getMessage());
        continue;
      } catch (RuntimeException | Error e) {
        throw new AssertionError(where + ": generation threw " + e + "; spec " + specFile, e);
      }
      assertEquals(first.keySet(), second.keySet(), where);
      for (String file : first.keySet()) {
        assertArrayEquals(first.get(file), second.get(file), where + ": " + file + " is not deterministic");
      }
      for (Map.Entry<String, byte[]> e : first.entrySet()) {
        if (!e.getKey().endsWith(".postman_collection.json")) {
          continue;
        }
        JsonNode collection = JSON.readTree(e.getValue());
        assertEquals(List.of(), CollectionValidator.validate(collection), where);
        ObjectNode own = (ObjectNode) EXACT.readTree(e.getValue());
        byte[] merged = PostmanJson.prettyBytes(CollectionMerge.merge(ExistingCollection.check(own, "own"),
            (ObjectNode) EXACT.readTree(e.getValue()), false, "own").collection());
        assertArrayEquals(e.getValue(), merged, where + ": merging the collection into itself changed it");
        List<String> texts = new ArrayList<>();
        collectScripts(collection, texts);
        assertTrue(!texts.isEmpty(), where + ": the spec has oauth2 and scopes, so scripts are expected");
        for (int s = 0; s < texts.size(); s++) {
          Path script = tmp.resolve("script-" + seed + "-" + i + "-" + s + ".js");
          Files.writeString(script, texts.get(s));
          scripts.add(script);
        }
      }
    }
    System.out.println("hostile strings, seed " + seed + ": " + (iterations - refused.size()) + " of " + iterations
        + " specs generated, " + scripts.size() + " scripts parsed, refused: " + refused);
    assertTrue(refused.size() * 10 <= iterations, "seed " + seed + ": too many specs refused: " + refused);
    parseAll(seed, scripts);
  }

  private static Map<String, byte[]> render(Path specFile) {
    ApiSpec spec = SpecLoader.load(specFile.toString(), GeneratorLog.silent());
    return Generator.render(spec, GeneratorConfig.builder().spec(specFile.toString()).build(), GeneratorLog.silent());
  }

  private static void collectScripts(JsonNode node, List<String> out) {
    if (node.isObject()) {
      JsonNode exec = node.path("script").path("exec");
      if (node.has("listen") && exec.isArray()) {
        List<String> lines = new ArrayList<>();
        exec.forEach(l -> lines.add(l.asText()));
        out.add(String.join("\n", lines));
      }
      node.forEach(child -> collectScripts(child, out));
    } else if (node.isArray()) {
      node.forEach(child -> collectScripts(child, out));
    }
  }

  /** One node process compiles every script (vm.Script parses without running) and lists those that fail. */
  private void parseAll(long seed, List<Path> scripts) throws Exception {
    // a canary that must fail proves the checker can see a broken script
    Path canary = tmp.resolve("canary-" + seed + ".js");
    Files.writeString(canary, "const GUIDANCE = {\"operation\":\"GET /x\"};\nconst s = 'unterminated\n';\n");
    List<Path> all = new ArrayList<>(scripts);
    all.add(canary);
    Path list = tmp.resolve("scripts-" + seed + ".txt");
    Files.write(list, all.stream().map(Path::toString).toList(), StandardCharsets.UTF_8);
    Path checker = tmp.resolve("check.js");
    Files.writeString(checker, String.join("\n",
        "const fs = require('fs'); const vm = require('vm');",
        "const files = fs.readFileSync(process.argv[2], 'utf8').split('\\n').filter(Boolean);",
        "let bad = 0;",
        "for (const f of files) {",
        "  try { new vm.Script(fs.readFileSync(f, 'utf8'), { filename: f }); }",
        "  catch (e) { bad++; console.log('SYNTAX ' + f + ': ' + e.message); }",
        "}",
        "console.log('checked ' + files.length + ', bad ' + bad);",
        "process.exit(bad ? 1 : 0);"));
    String node = RepoPaths.command("node", "nodejs").toString();
    Processes.Result result = Processes.run(List.of(node, checker.toString(), list.toString()), tmp, Map.of(), 300);
    assertTrue(result.output().contains("SYNTAX " + canary), "the checker missed the canary:\n" + result.output());
    assertTrue(result.output().contains("checked " + all.size() + ", bad 1"),
        "seed " + seed + ": scripts that do not parse (besides the canary):\n" + result.output());
  }

  // ---- the seeded spec generator ----

  private static String hostile(Random r) {
    if (r.nextInt(25) == 0) {
      return "long " + FRAGMENTS[r.nextInt(FRAGMENTS.length)].repeat(2000 + r.nextInt(3000));
    }
    StringBuilder s = new StringBuilder();
    int n = 1 + r.nextInt(6);
    for (int i = 0; i < n; i++) {
      s.append(FRAGMENTS[r.nextInt(FRAGMENTS.length)]);
    }
    return s.toString();
  }

  /** A non-empty hostile string (names that must not be empty). */
  private static String name(Random r) {
    String s = hostile(r);
    return s.isBlank() ? "x" + s : s;
  }

  /**
   * The spec {@link #spec} makes from {@code r}, as indented JSON text. {@code sendable} keeps
   * header and cookie names to the characters HTTP allows in a name (RFC 9110 tchar, which still
   * has $ ` ' | & % and friends), so the requests can really be sent; values stay hostile.
   */
  public static String specText(Random r, boolean sendable) throws java.io.IOException {
    return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(spec(r, sendable));
  }

  static ObjectNode spec(Random r) {
    return spec(r, false);
  }

  /** A header or cookie name: {@link #name}, kept to tchar when {@code sendable}. */
  private static String fieldName(Random r, boolean sendable) {
    String n = name(r);
    if (!sendable) {
      return n;
    }
    // no trailing '-': Ruby's Net::HTTP drops it when it capitalises a name (docs/input-support.md)
    String token = n.replaceAll("[^!#$%&'*+.^_`|~0-9A-Za-z-]", "").replaceAll("-+$", "");
    return token.isEmpty() ? "x" : token;
  }

  /**
   * A header or cookie value: {@link #hostile}; when {@code sendable}, ASCII without the control
   * characters HTTP forbids in a field value (HTAB stays; non-ASCII is obs-text, which clients
   * encode differently or refuse), trimmed, and not empty (curl and Python's clients drop a
   * header whose value is empty). Non-ASCII values are sent in paths, queries and bodies.
   */
  private static String fieldValue(Random r, boolean sendable) {
    if (!sendable) {
      return hostile(r);
    }
    // and no {{...}}: Postman substitutes variables in header values with no way to escape them
    // (the generator warns); JSON bodies and URLs keep their hostile {{...}} (they can be escaped)
    String v = name(r).replaceAll("[^\\t\\x20-\\x7e]", "").replace("{{", "{").strip();
    return v.isEmpty() ? "x" : v;
  }

  /** {@code t}, cut to 1,000 characters (not inside a surrogate pair) when {@code sendable}. */
  private static String urlPart(String t, boolean sendable) {
    if (!sendable || t.length() <= 1000) {
      return t;
    }
    return t.substring(0, Character.isHighSurrogate(t.charAt(999)) ? 999 : 1000);
  }

  static ObjectNode spec(Random r, boolean sendable) {
    ObjectNode spec = JSON.createObjectNode();
    spec.put("openapi", "3.0.3");
    ObjectNode info = spec.putObject("info");
    info.put("title", name(r));
    info.put("version", hostile(r));
    info.put("description", hostile(r));
    ArrayNode servers = spec.putArray("servers");
    ObjectNode server = servers.addObject();
    server.put("url", "https://{region}.example.com/" + hostile(r).replace("{", "(").replace("}", ")"));
    server.put("description", hostile(r));
    ObjectNode region = server.putObject("variables").putObject("region");
    String regionDefault = name(r);
    region.put("default", regionDefault);
    region.putArray("enum").add(regionDefault).add(name(r));
    region.put("description", hostile(r));
    servers.addObject().put("url", "https://" + hostile(r).replace("{", "(").replace("}", ")") + ".example.org");
    String tag = name(r);
    spec.putArray("tags").addObject().put("name", tag).put("description", hostile(r));
    ObjectNode components = spec.putObject("components");
    ObjectNode schemes = components.putObject("securitySchemes");
    String oauthName = name(r);
    ObjectNode oauth = schemes.putObject(oauthName);
    oauth.put("type", "oauth2");
    oauth.put("description", hostile(r));
    ObjectNode flow = oauth.putObject("flows").putObject("clientCredentials");
    flow.put("tokenUrl", "https://auth.example.com/" + hostile(r));
    ObjectNode scopes = flow.putObject("scopes");
    String scopeA = name(r);
    String scopeB = name(r);
    scopes.put(scopeA, hostile(r));
    scopes.put(scopeB, hostile(r));
    String keyName = name(r);
    ObjectNode apiKey = schemes.putObject(keyName);
    apiKey.put("type", "apiKey").put("in", "header").put("name", fieldName(r, sendable)).put("description", hostile(r));
    spec.putArray("security").addObject().putArray(oauthName).add(scopeA);
    ObjectNode paths = spec.putObject("paths");
    ObjectNode item = paths.putObject("/items/{id}/" + urlPart(hostile(r), sendable).replaceAll("[{}?#/]", "_"));
    for (String method : List.of("get", "post")) {
      ObjectNode op = item.putObject(method);
      op.put("operationId", name(r));
      op.put("summary", hostile(r));
      op.put("description", hostile(r));
      op.putArray("tags").add(r.nextBoolean() ? tag : name(r));
      op.put("deprecated", r.nextBoolean());
      ArrayNode params = op.putArray("parameters");
      // sendable: URL parts at most 1,000 characters (a 100 KB URL is past any command line and server)
      java.util.function.UnaryOperator<String> u = t -> urlPart(t, sendable);
      params.addObject().put("name", "id").put("in", "path").put("required", true).put("description", hostile(r))
          .putObject("schema").put("type", "string").put("example", u.apply(name(r)));
      params.addObject().put("name", u.apply(name(r))).put("in", "query").put("required", r.nextBoolean())
          .putObject("schema").put("type", "string").putArray("enum").add(u.apply(hostile(r))).add(u.apply(hostile(r)));
      params.addObject().put("name", "X-" + fieldName(r, sendable)).put("in", "header").put("required", true)
          .put("example", fieldValue(r, sendable)).putObject("schema").put("type", "string");
      params.addObject().put("name", fieldName(r, sendable)).put("in", "cookie").put("required", true)
          .put("example", fieldValue(r, sendable)).putObject("schema").put("type", "string");
      if (method.equals("post")) {
        ObjectNode body = op.putObject("requestBody");
        body.put("required", true);
        body.put("description", hostile(r));
        String media = r.nextInt(3) == 0 ? "application/x-www-form-urlencoded"
            : r.nextInt(2) == 0 ? "multipart/form-data" : "application/json";
        ObjectNode schema = body.putObject("content").putObject(media).putObject("schema");
        schema.put("type", "object");
        ObjectNode props = schema.putObject("properties");
        // sendable form fields: no {{...}} (Postman would substitute it, the generator warns)
        java.util.function.UnaryOperator<String> f = sendable && !media.equals("application/json")
            ? t -> t.replace("{{", "{") : t -> t;
        props.putObject(f.apply(name(r))).put("type", "string").put("example", f.apply(hostile(r)))
            .put("description", hostile(r));
        props.putObject(f.apply(name(r))).put("type", "string").putArray("enum").add(f.apply(hostile(r)));
        props.putObject(f.apply(name(r))).put("type", "array").putObject("items").put("type", "string")
            .put("example", f.apply(hostile(r)));
      }
      ObjectNode responses = op.putObject("responses");
      ObjectNode ok = responses.putObject("200");
      ok.put("description", hostile(r));
      ok.putObject("headers").putObject(name(r)).put("description", hostile(r))
          .putObject("schema").put("type", "string");
      ok.putObject("content").putObject("application/json").putObject("schema").put("type", "object")
          .putObject("properties").putObject(name(r)).put("type", "string").put("example", hostile(r));
      responses.putObject("403").put("description", hostile(r));
      if (r.nextBoolean()) {
        op.putArray("security").addObject().putArray(oauthName).add(scopeB).add(scopeA);
      } else if (r.nextBoolean()) {
        op.putArray("security").addObject().putArray(keyName);
      }
    }
    return spec;
  }
}
