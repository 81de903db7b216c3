package dev.assistcodegen.reference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.assistcodegen.Generator;
import dev.assistcodegen.GeneratorConfig;
import dev.assistcodegen.corpus.HostileStringsIT;
import dev.assistcodegen.load.SpecLoader;
import dev.assistcodegen.model.ApiSpec;
import dev.assistcodegen.report.GenerationException;
import dev.assistcodegen.report.GeneratorLog;
import dev.assistcodegen.snippets.HostileSpec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reference page as {@code generate} writes it, read as text: every request once, every snippet byte for
 * byte, the Content-Security-Policy allowing exactly the page's own style and script, and no markup from a
 * hostile spec. (ReferencePageIT opens the pages in a real browser.)
 */
class ReferencePagesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ApiSpec LOOME = SpecLoader.load((String) null, GeneratorLog.silent());
  private static final Pattern ARTICLE = Pattern.compile(
      "<article id=\"([a-z0-9-]+)\" class=\"request\" data-operation-id=\"([^\"]*)\" hidden>");
  private static final Pattern DATA = Pattern.compile(
      "<script type=\"application/json\" id=\"reference-data\">(.*?)</script>", Pattern.DOTALL);
  /** The elements our templates write, and their attributes: nothing else may be in a page. */
  static final Set<String> ELEMENTS = Set.of("html", "head", "title", "body", "header", "nav", "main", "aside",
      "article", "h1", "h2", "h3", "h4", "h5", "h6", "p", "ul", "ol", "li", "dl", "dt", "dd", "code", "pre", "strong",
      "em", "table", "thead", "tbody", "tr", "td", "th", "caption", "details", "summary", "span", "div", "section",
      "blockquote", "br", "label", "input", "select", "option", "button", "a", "meta", "style", "script");

  /** Where a link of the page may go: the web, mail, this page or another page of the reference. */
  static final Pattern SAFE_LINK = Pattern.compile("(https?://|mailto:|#|[a-z0-9-]+\\.html(#|$)).*", Pattern.DOTALL);

  static final Set<String> ATTRIBUTES = Set.of("id", "class", "href", "title", "hidden", "lang", "charset",
      "name", "content", "http-equiv", "type", "role", "aria-label", "aria-controls", "aria-expanded",
      "aria-selected", "aria-labelledby", "tabindex", "for", "autocomplete", "spellcheck", "placeholder", "value",
      "data-api", "data-file", "data-roles", "data-lang", "data-col", "data-operation-id", "scope", "open");

  @TempDir
  Path dir;

  private static Map<String, byte[]> render(ApiSpec spec, GeneratorConfig config) {
    return Generator.render(spec, config, GeneratorLog.silent());
  }

  /** The page's navigation element. */
  private static String nav(String page) {
    int start = page.indexOf("<nav id=\"nav\"");
    return page.substring(start, page.indexOf("</nav>", start));
  }

  private static String page(Map<String, byte[]> files, String name) {
    byte[] page = files.get("reference/" + name);
    assertTrue(page != null, "no reference/" + name + " in " + files.keySet().stream().filter(f -> !f.startsWith("snippets")).toList());
    return new String(page, StandardCharsets.UTF_8);
  }

  @Test
  void loomeIsOnePageWithEveryRequestAndEverySnippetByteForByte() throws Exception {
    Map<String, byte[]> files = render(LOOME, GeneratorConfig.defaults());
    assertEquals(List.of("reference/index.html"), files.keySet().stream().filter(f -> f.startsWith("reference/")).toList());
    String page = page(files, "index.html");
    Matcher article = ARTICLE.matcher(page);
    JsonNode data = data(page);
    int articles = 0;
    int snippets = 0;
    while (article.find()) {
      articles++;
      JsonNode codes = data.path("code").path(article.group(1));
      assertEquals(12, codes.size(), article.group(1));
      for (int i = 0; i < codes.size(); i++) {
        String path = codes.path(i).path(0).asText();
        byte[] file = files.get(path);
        assertTrue(file != null, "no snippet file " + path);
        String text = CodeTableTest.decode(data, article.group(1), i);
        assertArrayEquals(file, text.getBytes(StandardCharsets.UTF_8), path);
        assertTrue(text.contains("(operationId " + article.group(2) + ")"), path + " is the snippet of " + article.group(2));
        snippets++;
      }
    }
    assertEquals(52, articles);
    assertEquals(52 * 12, snippets);
    assertEquals(52, count(page, "<li data-roles="), "one nav item per request");
    assertEquals(6, count(page, "<option value=\"") - 1, "a role selector option per role");
    assertOnlyOurMarkup(page, "Loome");
  }

  @Test
  void theContentSecurityPolicyAllowsExactlyThePagesOwnStyleAndScript() {
    String page = page(render(LOOME, GeneratorConfig.defaults()), "index.html");
    String css = between(page, "<style>", "</style>");
    String js = between(page, "<script>", "</script>");
    String csp = between(page, "http-equiv=\"Content-Security-Policy\" content=\"", "\">");
    assertEquals("default-src 'none'; script-src 'sha256-" + StaticFiles.sha256(js) + "'; style-src 'sha256-"
        + StaticFiles.sha256(css) + "'; img-src data:; base-uri 'none'; form-action 'none'", csp);
    assertEquals(1, count(page, "<style>"));
    assertEquals(2, count(page, "<script"), "the page's script and its data block");
  }

  @Test
  void aRolesOutputHasTheRolesRequestsAndStillEveryRoleToPick() {
    Map<String, byte[]> files = render(LOOME, GeneratorConfig.builder().roles(List.of("Project Reader"))
        .projectId("42").build());
    String page = page(files, "index.html");
    // as many requests as the role's collection has
    String collection = files.entrySet().stream().filter(e -> e.getKey().endsWith(".postman_collection.json"))
        .map(e -> new String(e.getValue(), java.nio.charset.StandardCharsets.UTF_8)).findFirst().orElseThrow();
    int requests = count(collection, "\"request\": {");
    assertTrue(requests > 0, "the role's collection has requests");
    assertEquals(requests, count(page, "<article "));
    assertTrue(page.contains("<title>Loome Assist API (Project Reader): API reference</title>"), page.substring(0, 900));
    assertEquals(6, count(page, "<option value=\"") - 1);
  }

  @Test
  void pagesTogetherGrowWithTheRequestsNotTheirSquare() throws Exception {
    // 40 folders of 10 requests with long descriptions: past one page's budget, so a page per folder
    StringBuilder yaml = new StringBuilder("openapi: 3.0.3\ninfo: {title: Many, version: '1'}\npaths:\n");
    String text = "word ".repeat(2_000);
    for (int f = 0; f < 40; f++) {
      for (int r = 0; r < 10; r++) {
        yaml.append("  /f").append(f).append("/r").append(r).append(":\n    get:\n      tags: [Folder").append(f)
            .append("]\n      operationId: get").append(f).append('x').append(r).append("\n      description: '")
            .append(text).append("'\n      responses: {'200': {description: ok}}\n");
      }
    }
    Path spec = Files.writeString(dir.resolve("many.yaml"), yaml);
    Map<String, byte[]> files = render(SpecLoader.load(spec.toString(), GeneratorLog.silent()),
        GeneratorConfig.builder().spec(spec.toString()).languages(List.of("none")).build());
    List<String> pages = files.keySet().stream().filter(f -> f.startsWith("reference/")).sorted().toList();
    assertTrue(pages.size() > 40, "a page per folder: " + pages);
    assertEquals(400, count(nav(page(files, "index.html")), "<li"), "the index lists every request");
    long articles = 0;
    long total = 0;
    for (String name : pages) {
      String html = new String(files.get(name), StandardCharsets.UTF_8);
      total += html.length();
      articles += count(html, "<article ");
      if (!name.equals("reference/index.html")) {
        // its own folder's ten requests and the way back to the index, not the 400 again
        assertEquals(10, count(nav(html), "<li"), name);
        assertTrue(nav(html).contains("<a href=\"index.html\">All requests</a>"), name);
      }
    }
    assertEquals(400, articles, "every request once");
    // each request's text (10,000 characters) once, plus a bounded frame per page
    assertTrue(total < 400 * 10_000 + pages.size() * 60_000L, total + " characters in " + pages.size() + " pages");
  }

  @Test
  void noneWritesNoPage() {
    Map<String, byte[]> files = render(LOOME, GeneratorConfig.builder().reference(ReferenceFormat.NONE).build());
    assertTrue(files.keySet().stream().noneMatch(f -> f.startsWith("reference/")), files.keySet().toString());
  }

  @Test
  void withoutSnippetsThereIsNoCodePanel() {
    String page = page(render(LOOME, GeneratorConfig.builder().languages(List.of("none")).build()), "index.html");
    assertEquals(0, count(page, "role=\"tab\""));
    assertEquals("{\"lines\":[],\"code\":{}}", between(page, "id=\"reference-data\">", "</script>"));
  }

  @Test
  void hostileSpecsPutNoMarkupIntoThePage() throws Exception {
    Path spec = dir.resolve("hostile.yaml");
    Files.writeString(spec, HostileSpec.YAML, StandardCharsets.UTF_8);
    checkHostile(spec, "HostileSpec");
    Random seeds = new Random(HostileStringsIT.FIXED_SEED);
    for (int i = 0; i < 25; i++) {
      Path seeded = dir.resolve("seeded-" + i + ".json");
      Files.writeString(seeded, HostileStringsIT.specText(new Random(seeds.nextLong()), false), StandardCharsets.UTF_8);
      try {
        checkHostile(seeded, "seeded spec " + i);
      } catch (GenerationException refused) {
        // a spec the generator refuses with one clear line writes no page at all (HostileStringsIT counts these)
      }
    }
  }

  private void checkHostile(Path spec, String what) throws Exception {
    ApiSpec api = SpecLoader.load(spec.toString(), GeneratorLog.silent());
    Map<String, byte[]> files = render(api, GeneratorConfig.builder().spec(spec.toString()).languages(List.of("curl",
        "javascript", "php")).build());
    String page = page(files, "index.html");
    assertOnlyOurMarkup(page, what);
    assertEquals(2, count(page, "<script"), what);
    assertEquals(2, count(page, "</script"), what);
    assertEquals(api.operations().size(), count(page, "<article "), what);
    JsonNode data = data(page);
    Matcher article = ARTICLE.matcher(page);
    while (article.find()) {
      for (int i = 0; i < 3; i++) {
        String path = data.path("code").path(article.group(1)).path(i).path(0).asText();
        assertArrayEquals(files.get(path), CodeTableTest.decode(data, article.group(1), i)
            .getBytes(StandardCharsets.UTF_8), what + ": " + path);
      }
    }
    assertArrayEquals(files.get("reference/index.html"), render(api, GeneratorConfig.builder().spec(spec.toString())
        .languages(List.of("curl", "javascript", "php")).build()).get("reference/index.html"), what + ": deterministic");
  }

  @Test
  void aTemplateDirectoryCanRestyleThePage() throws Exception {
    Files.createDirectories(dir.resolve("_reference"));
    Files.writeString(dir.resolve("_reference/reference.css"), "body { color: teal; }\n");
    String page = page(render(LOOME, GeneratorConfig.builder().templateDir(dir).languages(List.of("curl")).build()),
        "index.html");
    assertEquals("body { color: teal; }\n", between(page, "<style>", "</style>"));
    assertTrue(page.contains("style-src 'sha256-" + StaticFiles.sha256("body { color: teal; }\n") + "'"));

    Files.writeString(dir.resolve("_reference/reference.js"), "var s = '</script>';\n");
    GenerationException e = assertThrows(GenerationException.class,
        () -> render(LOOME, GeneratorConfig.builder().templateDir(dir).languages(List.of("curl")).build()));
    assertEquals("template _reference/reference.js: must not contain </script (it is put inside the page's <script>"
        + " element)", e.getMessage());
  }

  /** Every tag of {@code page} (outside its style sheet and script) is one our templates write, with their attributes. */
  static void assertOnlyOurMarkup(String page, String what) {
    String markup = page.replaceAll("(?s)<style>.*?</style>", "<style></style>")
        .replaceAll("(?s)<script>.*?</script>", "<script></script>");
    Matcher tag = Pattern.compile("<(/?)([^\\s>/]*)([^>]*)>").matcher(markup);
    Set<String> tags = new TreeSet<>();
    int at = 0;
    while (tag.find()) {
      String text = markup.substring(at, tag.start());
      assertTrue(text.indexOf('<') < 0 && text.indexOf('>') < 0, what + ": stray < or > near " + text);
      at = tag.end();
      String name = tag.group(2).toLowerCase(java.util.Locale.ROOT);
      if (name.equals("!doctype")) {
        continue;
      }
      assertTrue(ELEMENTS.contains(name), what + ": element " + tag.group());
      tags.add(name);
      Matcher attribute = Pattern.compile("\\s+([^\\s=]+)(?:=\"([^\"]*)\")?").matcher(tag.group(3));
      int end = 0;
      while (attribute.find()) {
        assertEquals(end, attribute.start(), what + ": attributes of " + tag.group());
        end = attribute.end();
        assertTrue(ATTRIBUTES.contains(attribute.group(1)), what + ": attribute " + attribute.group(1) + " in "
            + tag.group());
        if (attribute.group(1).equals("href")) {
          assertTrue(SAFE_LINK.matcher(attribute.group(2)).matches(), what + ": link " + attribute.group(2));
        }
      }
      assertEquals(tag.group(3).strip().length(), tag.group(3).substring(0, end).strip().length(),
          what + ": attributes of " + tag.group());
    }
    assertTrue(tags.containsAll(List.of("nav", "main", "article")), what + ": " + tags);
  }

  private static JsonNode data(String page) throws Exception {
    Matcher data = DATA.matcher(page);
    assertTrue(data.find(), "no data block");
    return JSON.readTree(data.group(1));
  }

  private static String between(String text, String start, String end) {
    int from = text.indexOf(start);
    assertTrue(from >= 0, "no " + start);
    from += start.length();
    return text.substring(from, text.indexOf(end, from));
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
      n++;
    }
    return n;
  }

  /** For the IT: the pairs (anchor, operationId) of a page, in order. */
  static List<String[]> articles(String page) {
    List<String[]> out = new ArrayList<>();
    Matcher article = ARTICLE.matcher(page);
    while (article.find()) {
      out.add(new String[] {article.group(1), article.group(2)});
    }
    return out;
  }
}
