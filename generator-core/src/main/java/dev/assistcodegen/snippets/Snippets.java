package dev.assistcodegen.snippets;

import dev.assistcodegen.model.Operation;
import dev.assistcodegen.plan.ApiPlan;
import dev.assistcodegen.plan.RequestFolders;
import dev.assistcodegen.plan.Slugs;
import dev.assistcodegen.render.Templates;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;

/**
 * Renders the snippets of every operation in every chosen language: the files under
 * {@code snippets/} and, for embedding, each operation's snippets as Markdown code blocks.
 */
public final class Snippets {
  /** Operations rendered by one task of the pool. */
  private static final int CHUNK = 64;

  private final Map<String, byte[]> files = new LinkedHashMap<>();
  private final Map<String, StringBuilder> markdown = new LinkedHashMap<>();
  private final Map<String, List<Sample>> samples = new HashMap<>();

  /** One snippet of an operation: its language and its file (a key of {@link #files()}). */
  public record Sample(String languageId, String languageName, String path) {}

  private Snippets() {}

  /** The snippet files, keyed by path relative to the output directory. */
  public Map<String, byte[]> files() {
    return files;
  }

  /** The snippets of {@code op}, in the order of the languages (empty when no language is written). */
  public List<Sample> samples(Operation op) {
    return samples.getOrDefault(op.operationId(), List.of());
  }

  /** Markdown section with the snippets of {@code op} ("" when none). */
  public String markdownFor(Operation op) {
    StringBuilder md = markdown.get(op.operationId());
    return md == null ? "" : md.toString();
  }

  /**
   * Renders the snippets of {@code plan}'s requests in {@code languageIds} (empty or ["all"] = all, ["none"] = none),
   * with templates from {@code templateDir} (null: the built-in ones only) searched first; folders as
   * {@code folders} groups them; {@code embed} also keeps each operation's snippets as Markdown.
   */
  public static Snippets render(ApiPlan plan, List<String> languageIds, Path templateDir, RequestFolders folders,
      boolean embed) {
    Snippets out = new Snippets();
    LanguageCatalog catalog = LanguageCatalog.load(templateDir);
    List<Language> languages = catalog.select(languageIds);
    if (languages.isEmpty()) {
      return out;
    }
    Templates templates = new Templates(catalog.templateDir());
    Map<String, String> folderOf = new LinkedHashMap<>();
    Map<String, String> slugOf = new LinkedHashMap<>();
    Map<String, String> classOf = new LinkedHashMap<>();
    Set<String> slugs = new HashSet<>();
    Set<String> classes = new HashSet<>();
    List<Operation> ops = plan.spec().operations();
    for (Operation op : ops) {
      String folder = folders.of(op);
      folderOf.put(op.operationId(), folder == null ? "" : Slugs.of(folder, "folder") + "/");
      String slug = unique(Slugs.of(plan.request(op).name(), Slugs.of(op.operationId(), "request")), slugs, "-");
      slugOf.put(op.operationId(), slug);
      classOf.put(op.operationId(), unique(className(slug), classes, ""));
    }
    // what an operation's views share in every language (request, guidance, comments): worked out once
    Map<String, SnippetView.Source> sources = new HashMap<>();
    for (Operation op : ops) {
      sources.put(op.operationId(), SnippetView.Source.of(plan.request(op), plan));
    }
    // FreeMarker's Configuration and Templates are safe for concurrent process() calls: render
    // each language's operations in chunks on a small pool, then add the results in a fixed order
    List<Callable<String[]>> tasks = new ArrayList<>();
    // per language, in the order a sequential run would fail: its extra files, then its operations
    for (Language language : languages) {
      var lit = Escapers.named(language.literal());
      tasks.add(() -> {
        String[] texts = new String[language.files().size()];
        for (int i = 0; i < texts.length; i++) {
          texts[i] = templates.render(language.id() + "/" + language.files().get(i) + ".ftl",
              Map.of("languageId", language.id()));
        }
        return texts;
      });
      for (int from = 0; from < ops.size(); from += CHUNK) {
        List<Operation> chunk = ops.subList(from, Math.min(ops.size(), from + CHUNK));
        tasks.add(() -> {
          // most literals of a language are the same in every snippet (guidance, base URL, ""): escape each once
          Map<String, String> escaped = new HashMap<>();
          UnaryOperator<String> cachedLit = s -> escaped.computeIfAbsent(s, lit);
          String[] texts = new String[chunk.size()];
          for (int i = 0; i < texts.length; i++) {
            Operation op = chunk.get(i);
            String id = op.operationId();
            SnippetView view = SnippetView.of(sources.get(id), language.id(), classOf.get(id), cachedLit);
            texts[i] = templates.render(language.template(), Map.of("r", view));
          }
          return texts;
        });
      }
    }
    List<String[]> rendered = runAll(tasks);
    int task = 0;
    for (Language language : languages) {
      String[] extras = rendered.get(task++);
      for (int i = 0; i < extras.length; i++) {
        out.put("snippets/" + language.id() + "/" + language.files().get(i), extras[i]);
      }
      String[] texts = null;
      for (int n = 0; n < ops.size(); n++) {
        if (n % CHUNK == 0) {
          texts = rendered.get(task++);
        }
        Operation op = ops.get(n);
        String id = op.operationId();
        String text = texts[n % CHUNK];
        String path = "snippets/" + language.id() + "/" + folderOf.get(id) + slugOf.get(id)
            + (language.directoryLayout() ? "/" + language.entryFile() : "." + language.extension());
        out.put(path, text);
        out.samples.computeIfAbsent(id, k -> new ArrayList<>(languages.size()))
            .add(new Sample(language.id(), language.name(), path));
        if (embed) {
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

  /**
   * Runs {@code tasks} on up to one thread per processor and returns their results in order;
   * a failure is rethrown as it was thrown (the first in task order, so errors are deterministic).
   */
  private static <T> List<T> runAll(List<Callable<T>> tasks) {
    int threads = Math.min(tasks.size(), Runtime.getRuntime().availableProcessors());
    List<T> results = new ArrayList<>(tasks.size());
    if (threads <= 1) {
      for (Callable<T> task : tasks) {
        results.add(call(task));
      }
      return results;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "snippets");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<T>> futures = new ArrayList<>(tasks.size());
      for (Callable<T> task : tasks) {
        futures.add(pool.submit(() -> call(task)));
      }
      for (Future<T> future : futures) {
        try {
          results.add(future.get());
        } catch (ExecutionException e) {
          if (e.getCause() instanceof RuntimeException r) {
            throw r;
          }
          if (e.getCause() instanceof Error err) {
            throw err;
          }
          throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted while rendering snippets", e);
        }
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  private static <T> T call(Callable<T> task) {
    try {
      return task.call();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private void put(String path, String text) {
    files.put(path, text.getBytes(StandardCharsets.UTF_8));
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
