package dev.assistcodegen.snippets;

import dev.assistcodegen.GeneratorConfig;
import dev.assistcodegen.model.ApiSpec;
import dev.assistcodegen.model.Operation;
import dev.assistcodegen.postman.Slugs;
import dev.assistcodegen.request.RequestExample;
import dev.assistcodegen.request.RequestExamples;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Renders the snippets of every operation in every chosen language: the files under
 * {@code snippets/} and, for embedding, each operation's snippets as Markdown code blocks.
 */
public final class Snippets {
  /** Names Windows refuses as file names, whatever the extension. */
  private static final Set<String> WINDOWS_RESERVED = Set.of("con", "prn", "aux", "nul", "com1", "com2", "com3",
      "com4", "com5", "com6", "com7", "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8",
      "lpt9");

  private final Map<String, byte[]> files = new LinkedHashMap<>();
  private final Map<String, StringBuilder> markdown = new LinkedHashMap<>();

  private Snippets() {}

  /** The snippet files, keyed by path relative to the output directory. */
  public Map<String, byte[]> files() {
    return files;
  }

  /** Markdown section with the snippets of {@code op} ("" when none). */
  public String markdownFor(Operation op) {
    StringBuilder md = markdown.get(op.operationId());
    return md == null ? "" : md.toString();
  }

  /** Renders the snippets of {@code spec} for the languages {@code config} selects. */
  public static Snippets render(ApiSpec spec, GeneratorConfig config, SnippetContext context) {
    Snippets out = new Snippets();
    LanguageCatalog catalog = LanguageCatalog.load(config.templateDir());
    List<Language> languages = catalog.select(config.languages());
    if (languages.isEmpty()) {
      return out;
    }
    SnippetTemplates templates = new SnippetTemplates(catalog.templateDir());
    Map<String, String> folderOf = new LinkedHashMap<>();
    Map<String, String> slugOf = new LinkedHashMap<>();
    Map<String, String> classOf = new LinkedHashMap<>();
    Set<String> slugs = new HashSet<>();
    Set<String> classes = new HashSet<>();
    for (Operation op : spec.operations()) {
      String folder = folder(op, config);
      folderOf.put(op.operationId(), folder == null ? "" : Slugs.of(folder, "folder") + "/");
      String slug = unique(fileSafe(Slugs.of(op.displayName(), Slugs.of(op.operationId(), "request"))), slugs, "-");
      slugOf.put(op.operationId(), slug);
      classOf.put(op.operationId(), unique(className(slug), classes, ""));
    }
    Map<String, RequestExample> examples = new LinkedHashMap<>();
    for (Operation op : spec.operations()) {
      examples.put(op.operationId(), RequestExamples.of(op));
    }
    for (Language language : languages) {
      var lit = Escapers.named(language.literal());
      for (String extra : language.files()) {
        String text = templates.render(language.id() + "/" + extra + ".ftl", Map.of("languageId", language.id()));
        out.put("snippets/" + language.id() + "/" + extra, text);
      }
      for (Operation op : spec.operations()) {
        String id = op.operationId();
        SnippetView view = SnippetView.of(op, examples.get(id), context, language.id(), classOf.get(id), lit);
        String text = templates.render(language.template(), Map.of("r", view));
        String path = "snippets/" + language.id() + "/" + folderOf.get(id) + slugOf.get(id)
            + (language.directoryLayout() ? "/" + language.entryFile() : "." + language.extension());
        out.put(path, text);
        if (config.embedSnippets()) {
          StringBuilder md = out.markdown.computeIfAbsent(id, k -> new StringBuilder("### Code\n"));
          String fence = fence(text);
          md.append("\n**").append(language.name().replace("*", "")).append("** (`").append(path).append("`)\n\n")
              .append(fence).append(language.highlight()).append('\n').append(text)
              .append(text.endsWith("\n") ? "" : "\n").append(fence).append('\n');
        }
      }
    }
    return out;
  }

  private void put(String path, String text) {
    files.put(path, text.getBytes(StandardCharsets.UTF_8));
  }

  private static String folder(Operation op, GeneratorConfig config) {
    return dev.assistcodegen.postman.RequestFolders.of(op, config.folders());
  }

  private static String fileSafe(String slug) {
    return WINDOWS_RESERVED.contains(slug) ? slug + "-request" : slug;
  }

  private static String unique(String name, Set<String> taken, String separator) {
    String candidate = name;
    for (int n = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); n++) {
      candidate = name + separator + n;
    }
    return candidate;
  }

  /** PascalCase identifier from a slug, e.g. get-project-by-id -> GetProjectById. */
  static String className(String slug) {
    StringBuilder out = new StringBuilder();
    for (String part : slug.split("-")) {
      if (!part.isEmpty()) {
        out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
      }
    }
    String name = out.toString();
    return name.isEmpty() || !Character.isLetter(name.charAt(0)) ? "Request" + name : name;
  }

  private static String fence(String text) {
    int longest = 0;
    int run = 0;
    for (char c : text.toCharArray()) {
      run = c == '`' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    return "`".repeat(Math.max(3, longest + 1));
  }
}
