package dev.assistcodegen.reference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.assistcodegen.Generator;
import dev.assistcodegen.GeneratorConfig;
import dev.assistcodegen.access.RolesFiles;
import dev.assistcodegen.corpus.HostileStringsIT;
import dev.assistcodegen.load.SpecLoader;
import dev.assistcodegen.model.ApiSpec;
import dev.assistcodegen.model.Operation;
import dev.assistcodegen.plan.RequestNames;
import dev.assistcodegen.report.GenerationException;
import dev.assistcodegen.report.GeneratorLog;
import dev.assistcodegen.snippets.HostileSpec;
import dev.assistcodegen.snippets.LanguageCatalog;
import dev.assistcodegen.testing.Processes;
import dev.assistcodegen.testing.RepoPaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The reference page in a real browser: Debian's Chromium, headless, driven by playwright-core
 * ({@code src/test/resources/reference/browser-check.js}, which writes down what it sees; this class judges
 * it). The Loome page lists the collection's requests, filters as you type, shows each request's snippet
 * in each language byte for byte as the snippet file, copies exactly that, remembers the language, hides
 * what a role's collection leaves out, works from the keyboard and passes axe-core with no serious or
 * critical violation (light, dark, phone); hostile specs inject nothing; GitHub's pages stay within their
 * budget. Screenshots for review: {@code generator-core/target/reference-screenshots/}.
 */
public class ReferencePageIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long MAX_PAGE = 5_000_000;
  /**
   * A page of GitHub's spec must open (to the script's ready mark) within this many ms here; a generous
   * bound against regressions on a loaded machine. The budget (1 s) is measured on a quiet one:
   * docs/reference-page.md.
   */
  private static final long MAX_OPEN_MS = Long.getLong("reference.maxOpenMs", 3_000);
  private static final String REQUEST = "create-project";
  /** Attributes the page's own script sets: the ready mark, the request shown in the list. */
  private static final java.util.Set<String> SCRIPT_ATTRIBUTES = java.util.Set.of("data-ready", "aria-current");
  private static final String SEARCH = "member";

  private static Path work;
  private static Path loome;
  private static JsonNode result;
  private static final List<Path> hostile = new ArrayList<>();
  private static final List<ApiSpec> hostileSpecs = new ArrayList<>();
  private static Path github;
  private static int githubRequests;

  @BeforeAll
  static void openThePages() throws Exception {
    work = RepoPaths.root().resolve("generator-core/target/reference-it");
    deleteTree(work);
    Path screenshots = RepoPaths.root().resolve("generator-core/target/reference-screenshots");
    deleteTree(screenshots);
    Files.createDirectories(screenshots);
    loome = work.resolve("loome");
    Generator.generate(GeneratorConfig.builder().outputDir(loome).build(), GeneratorLog.silent());
    hostilePages();
    github = work.resolve("github");
    Path githubSpec = RepoPaths.npmFile("@octokit/openapi/generated/api.github.com.json");
    githubRequests = Generator.generate(GeneratorConfig.builder().spec(githubSpec.toString()).outputDir(github)
        .build(), GeneratorLog.silent()).operationCount();

    ObjectNode job = JSON.createObjectNode();
    job.put("playwright", RepoPaths.npmFile("playwright-core").toString());
    job.put("axe", RepoPaths.npmFile("axe-core/axe.min.js").toString());
    job.put("chromium", RepoPaths.command("chromium", "chromium").toString());
    job.put("screenshots", screenshots.toString());
    job.put("loome", loome.resolve("reference/index.html").toString());
    job.put("search", SEARCH);
    job.put("keyboardSearch", "get project by");
    job.put("request", REQUEST);
    job.put("roleThatMayNot", String.valueOf(roleNames().indexOf("Project Reader")));
    ArrayNode copy = job.putArray("copy");
    copy.addArray().add("get-project-by-id").add("curl");
    copy.addArray().add(REQUEST).add("python-requests");
    copy.addArray().add("get-projects").add("powershell");
    ArrayNode hostileFiles = job.putArray("hostile");
    hostile.forEach(dir -> hostileFiles.add(dir.resolve("reference/index.html").toString()));
    hostileFiles.add(canary().toString());
    ArrayNode timed = job.putArray("timed");
    try (Stream<Path> pages = Files.list(github.resolve("reference"))) {
      pages.sorted().forEach(p -> timed.add(p.toString()));
    }
    Path jobFile = work.resolve("job.json");
    Files.writeString(jobFile, job.toString());
    Path out = work.resolve("result.json");
    Path script = Path.of(ReferencePageIT.class.getResource("/reference/browser-check.js").toURI());
    Processes.Result run = Processes.run(List.of(RepoPaths.command("node", "nodejs").toString(), script.toString(),
        jobFile.toString(), out.toString()), work, Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1"), 1_200);
    assertEquals(0, run.exitCode(), "the browser check failed:\n" + run.output());
    result = JSON.readTree(out.toFile());
    System.out.println("reference page checked in " + result.path("version").asText());
  }

  /**
   * A hostile page with what escaping prevents put in by hand: an element with an event handler and a script. The
   * checks must see both (else they could not see an injection either).
   */
  private static Path canary() throws IOException {
    Path page = hostile.get(0).resolve("reference/canary.html");
    String html = Files.readString(hostile.get(0).resolve("reference/index.html"));
    Files.writeString(page, html.replace("<main id=\"main\" class=\"main\" tabindex=\"-1\">",
        "<main id=\"main\" class=\"main\" tabindex=\"-1\"><img src=\"x\" onerror=\"alert('canary')\">"
            + "<script>alert('canary script')</script>"));
    return page;
  }

  /** The built-in hostile spec and seeded ones from HostileStringsIT's generator, each generated into a folder. */
  private static void hostilePages() throws IOException {
    List<String> specs = new ArrayList<>(List.of(HostileSpec.YAML));
    Random seeds = new Random(HostileStringsIT.FIXED_SEED);
    for (int i = 0; i < 12; i++) {
      specs.add(HostileStringsIT.specText(new Random(seeds.nextLong()), false));
    }
    for (int i = 0; i < specs.size(); i++) {
      Path spec = work.resolve("hostile-" + i + (i == 0 ? ".yaml" : ".json"));
      Files.createDirectories(work);
      Files.writeString(spec, specs.get(i), StandardCharsets.UTF_8);
      Path out = work.resolve("hostile-" + i);
      try {
        Generator.generate(GeneratorConfig.builder().spec(spec.toString()).outputDir(out).build(), GeneratorLog.silent());
      } catch (GenerationException refused) {
        continue; // refused with one clear line: no page (HostileStringsIT keeps these rare)
      }
      hostile.add(out);
      hostileSpecs.add(SpecLoader.load(spec.toString(), GeneratorLog.silent()));
    }
    assertTrue(hostile.size() >= 10, "hostile specs generated: " + hostile.size());
  }

  private static List<String> roleNames() {
    ApiSpec spec = SpecLoader.load((String) null, GeneratorLog.silent());
    return RolesFiles.find(null, null, spec).roles().stream().map(r -> r.name()).toList();
  }

  // ---- Loome ----

  @Test
  void noConsoleErrorsAndNothingLoadedFromTheNetwork() {
    JsonNode seen = result.path("loome").path("seen");
    assertEquals("[]", seen.path("consoleErrors").toString());
    assertEquals("[]", seen.path("network").toString());
    assertEquals("[]", seen.path("dialogs").toString());
  }

  @Test
  void theRequestsListedAreTheCollections() throws IOException {
    List<String> listed = new ArrayList<>();
    result.path("loome").path("nav").forEach(i -> listed.add(i.path("method").asText() + " " + i.path("name").asText()));
    assertEquals(sorted(collectionRequests(loome)), sorted(listed));
    assertEquals(52, listed.size());
  }

  @Test
  void searchFiltersAsYouType() {
    List<String> expected = new ArrayList<>();
    for (Operation op : SpecLoader.load((String) null, GeneratorLog.silent()).operations()) {
      String key = (RequestNames.of(op) + " " + op.method() + " " + op.path()).toLowerCase(Locale.ROOT);
      if (key.contains(SEARCH)) {
        expected.add(RequestNames.of(op));
      }
    }
    List<String> shown = new ArrayList<>();
    result.path("loome").path("search").forEach(n -> shown.add(n.asText()));
    assertEquals(sorted(expected), sorted(shown));
    assertTrue(shown.size() >= 3 && shown.size() < 52, shown.toString());
    assertEquals(0, result.path("loome").path("noMatch").path("shown").asInt());
    assertTrue(result.path("loome").path("noMatch").path("message").asBoolean());
  }

  @Test
  void eachLanguageTabShowsThatRequestsSnippetByteForByte() throws IOException {
    Map<String, String> files = snippetFiles(loome);
    int checked = 0;
    for (JsonNode shown : result.path("loome").path("code")) {
      String language = shown.path("language").asText();
      String expected = files.get(language + " " + shown.path("operationId").asText());
      assertEquals(expected, shown.path("path").asText(), "the file of " + shown);
      assertTrue(shown.path("shown").asBoolean() && shown.path("selected").asText().equals("true"), shown.toString());
      assertArrayEquals(Files.readAllBytes(loome.resolve(expected)), shown.path("text").asText()
          .getBytes(StandardCharsets.UTF_8), expected);
      checked++;
    }
    assertEquals(52 * 12, checked);
  }

  @Test
  void copyPutsExactlyTheCodeOnTheClipboard() throws IOException {
    Map<String, String> files = snippetFiles(loome);
    JsonNode copies = result.path("loome").path("copies");
    assertEquals(3, copies.size());
    for (JsonNode copy : copies) {
      assertEquals("Copied.", copy.path("status").asText());
      assertEquals(copy.path("shown").asText(), copy.path("clipboard").asText());
      String operationId = operationIdOf(copy.path("hash").asText());
      assertArrayEquals(Files.readAllBytes(loome.resolve(files.get(copy.path("language").asText() + " " + operationId))),
          copy.path("clipboard").asText().getBytes(StandardCharsets.UTF_8));
    }
  }

  @Test
  void theLanguageIsRememberedAcrossRequestsAReloadAndPages() throws IOException {
    JsonNode remembered = result.path("loome").path("remembered");
    assertEquals("python", remembered.path("otherRequest").asText());
    assertEquals("python", remembered.path("reload").asText());
    assertEquals("python", remembered.path("otherPage").asText());
    String third = result.path("loome").path("nav").path(2).path("href").asText().split("#")[1];
    String file = snippetFiles(loome).get("python " + operationIdOf(third));
    assertEquals(Files.readString(loome.resolve(file)), remembered.path("otherPageCode").asText());
  }

  @Test
  void theRoleSelectorHidesExactlyWhatTheRolesCollectionLeavesOut() throws IOException {
    List<String> roles = roleNames();
    JsonNode picked = result.path("loome").path("roles");
    assertEquals(roles.size() + 1, picked.size(), "every role and 'Every role'");
    for (JsonNode role : picked) {
      List<String> listed = new ArrayList<>();
      role.path("listed").forEach(i -> listed.add(i.path("method").asText() + " " + i.path("name").asText()));
      if (role.path("value").asText().isEmpty()) {
        assertEquals(52, listed.size());
        assertEquals("", role.path("status").asText());
        continue;
      }
      String name = roles.get(role.path("value").asInt());
      Path out = work.resolve("role-" + role.path("value").asText());
      Generator.generate(GeneratorConfig.builder().roles(List.of(name)).projectId("42").languages(List.of("none"))
          .reference(ReferenceFormat.NONE).outputDir(out).build(), GeneratorLog.silent());
      List<String> collection = collectionRequests(out);
      assertEquals(sorted(collection), sorted(listed), name);
      assertEquals(name + " may call " + collection.size() + " of 52 requests; the others are hidden.",
          role.path("status").asText());
    }
    assertEquals("Project Reader may not call this request: it is hidden from the list.",
        result.path("loome").path("roleNote").asText());
  }

  @Test
  void theKeyboardReachesEverything() {
    JsonNode keyboard = result.path("loome").path("keyboard");
    assertEquals("skip", keyboard.path("firstTab").asText(), "the first Tab reaches the skip link");
    assertEquals("main", keyboard.path("afterSkip").asText());
    assertEquals("#get-project-by-id", keyboard.path("hash").asText(), "Enter in the search opens the first match");
    assertTrue(keyboard.path("shown").asBoolean());
    JsonNode arrow = keyboard.path("arrow");
    assertEquals(nextLanguage(arrow.path("before").asText()), arrow.path("after").asText());
    assertEquals(arrow.path("after").asText(), arrow.path("focused").asText());
  }

  @Test
  void axeFindsNoSeriousOrCriticalViolation() {
    List<String> problems = new ArrayList<>();
    JsonNode runs = result.path("loome").path("axe");
    assertTrue(runs.size() >= 6, runs.toString());
    for (JsonNode run : runs) {
      for (JsonNode v : run.path("violations")) {
        String line = run.path("where").asText() + ": " + v.path("impact").asText() + " " + v.path("id").asText() + " ("
            + v.path("help").asText() + ") " + v.path("nodes");
        if (v.path("impact").asText().matches("serious|critical")) {
          problems.add(line);
        } else {
          System.out.println("axe, not serious: " + line);
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  // ---- hostile specs ----

  @Test
  void hostileSpecsInjectNothing() throws IOException {
    JsonNode pages = result.path("hostile");
    assertEquals(hostile.size() + 1, pages.size());
    JsonNode canary = pages.path(hostile.size());
    List<String> ran = new ArrayList<>();
    canary.path("ran").forEach(r -> ran.add(r.asText()));
    assertEquals(List.of("alert canary", "alert canary script"), sorted(ran), "the canary's scripts ran");
    assertTrue(canary.path("elements").path("tags").toString().contains("img onerror src"), "the canary's element");
    assertEquals(3, canary.path("elements").path("scripts").asInt());
    for (int i = 0; i < hostile.size(); i++) {
      JsonNode page = pages.path(i);
      String what = page.path("file").asText();
      assertEquals("[]", page.path("seen").path("consoleErrors").toString(), what);
      assertEquals("[]", page.path("seen").path("dialogs").toString(), what);
      assertEquals("[]", page.path("seen").path("network").toString(), what);
      assertEquals("[]", page.path("ran").toString(), what + ": a script of the spec ran");
      JsonNode elements = page.path("elements");
      assertEquals(2, elements.path("scripts").asInt(), what);
      for (JsonNode tag : elements.path("tags")) {
        String[] parts = tag.asText().split(" ");
        assertTrue(ReferencePagesTest.ELEMENTS.contains(parts[0]), what + ": element " + tag);
        for (int a = 1; a < parts.length; a++) {
          assertTrue(ReferencePagesTest.ATTRIBUTES.contains(parts[a]) || SCRIPT_ATTRIBUTES.contains(parts[a]),
              what + ": attribute " + parts[a] + " in " + tag);
        }
      }
      for (JsonNode href : elements.path("hrefs")) {
        assertTrue(ReferencePagesTest.SAFE_LINK.matcher(href.asText()).matches(), what + ": link " + href);
      }
      // every name shows as the spec's text, every snippet as its file
      List<String> names = new ArrayList<>();
      page.path("nav").forEach(n -> names.add(n.path("name").asText()));
      assertEquals(sorted(hostileSpecs.get(i).operations().stream().map(RequestNames::of).toList()), sorted(names), what);
      Path dir = hostile.get(i);
      int snippets = 0;
      for (JsonNode shown : page.path("code")) {
        assertArrayEquals(Files.readAllBytes(dir.resolve(shown.path("path").asText())),
            shown.path("text").asText().getBytes(StandardCharsets.UTF_8), what + ": " + shown.path("path"));
        snippets++;
      }
      assertEquals(hostileSpecs.get(i).operations().size() * 12, snippets, what);
    }
  }

  // ---- GitHub's spec: the budget ----

  @Test
  void githubsPagesStayWithinTheirBudget() throws IOException {
    List<String> report = new ArrayList<>();
    long slowest = 0;
    for (JsonNode page : result.path("timed")) {
      Path file = Path.of(page.path("file").asText());
      long size = Files.size(file);
      long ms = page.path("inPage").asLong();
      slowest = Math.max(slowest, ms);
      report.add(String.format("%-40s %,10d bytes %6d ms (wall %d ms)", file.getFileName(), size, ms,
          page.path("wall").asLong()));
      assertTrue(size <= MAX_PAGE, file + ": " + size + " bytes");
      assertEquals("[]", page.path("seen").path("consoleErrors").toString(), file.toString());
      if (file.getFileName().toString().equals("index.html")) {
        assertEquals(githubRequests, page.path("navCount").asInt(), file + " lists every request");
      } else {
        // a folder's page lists its folder's requests (the ones it shows among them), not all of them again
        assertTrue(page.path("navCount").asInt() >= page.path("articles").asInt()
            && page.path("navCount").asInt() < githubRequests, file + " lists " + page.path("navCount") + " requests");
      }
    }
    report.forEach(System.out::println);
    System.out.println("GitHub: " + result.path("timed").size() + " pages, slowest opened in " + slowest + " ms");
    assertTrue(result.path("timed").size() > 1, "GitHub's spec has a page per folder");
    assertTrue(slowest <= MAX_OPEN_MS, "slowest page: " + slowest + " ms");
    assertEquals(githubRequests, sorted(collectionRequests(github)).size());
  }

  // ---- helpers ----

  /** "METHOD name" of every request of the collection in {@code dir}. */
  static List<String> collectionRequests(Path dir) throws IOException {
    Path file;
    try (Stream<Path> files = Files.list(dir)) {
      file = files.filter(f -> f.toString().endsWith(".postman_collection.json")).findFirst().orElseThrow();
    }
    List<String> out = new ArrayList<>();
    collect(JSON.readTree(file.toFile()).path("item"), out);
    return out;
  }

  private static void collect(JsonNode items, List<String> out) {
    for (JsonNode item : items) {
      if (item.has("request")) {
        out.add(item.path("request").path("method").asText() + " " + item.path("name").asText());
      } else {
        collect(item.path("item"), out);
      }
    }
  }

  private static final Pattern OPERATION_ID = Pattern.compile("\\(operationId ([^)\\s]+)\\)");

  /** "language operationId" to the snippet's file, from the "(operationId x)" line each snippet starts with. */
  static Map<String, String> snippetFiles(Path dir) throws IOException {
    Map<String, String> out = new HashMap<>();
    Path root = dir.resolve("snippets");
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        String head = Files.readString(file).lines().limit(5).reduce("", (a, b) -> a + "\n" + b);
        Matcher id = OPERATION_ID.matcher(head);
        if (id.find()) {
          String language = root.relativize(file).getName(0).toString();
          out.put(language + " " + id.group(1), dir.relativize(file).toString());
        }
      }
    }
    return out;
  }

  private static String operationIdOf(String anchor) {
    for (JsonNode shown : result.path("loome").path("code")) {
      if (shown.path("anchor").asText().equals(anchor)) {
        return shown.path("operationId").asText();
      }
    }
    throw new AssertionError("no request " + anchor + " on the page");
  }

  private static List<String> sorted(List<String> list) {
    return list.stream().sorted().toList();
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /** The language after {@code language} in tab order (the built-in languages' order). */
  private static String nextLanguage(String language) {
    List<String> ids = LanguageCatalog.BUILT_IN;
    return ids.get((ids.indexOf(language) + 1) % ids.size());
  }
}
