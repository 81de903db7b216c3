package dev.assistcodegen.snippets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assistcodegen.testing.Processes;
import dev.assistcodegen.testing.RepoPaths;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every snippet of every golden case, the snippet golden spec and the Loome spec, in each language's
 * own strict mode: {@code javac -Xlint:all -Werror}, {@code mcs -warnaserror+ -warn:4}, {@code go vet}
 * (Go refuses unused imports and variables), Python's parser with a check for unused imports,
 * functions and local variables, {@code php -l}, {@code ruby -wc} (no warning allowed),
 * {@code node --check} and {@code bash -n}. Unused imports and functions in the other languages:
 * {@link SnippetDeadCodeTest}.
 */
class SnippetStrictIT {
  /** Unused imports (also of a submodule: urllib.parse), top-level functions and local variables. */
  private static final String PYTHON_CHECK = String.join("\n",
      "import ast, sys",
      "bad = []",
      "for f in sys.argv[1:]:",
      "    tree = ast.parse(open(f, encoding='utf-8').read(), f)",
      "    loaded = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)}",
      "    dotted = set()",
      "    for n in ast.walk(tree):",
      "        if isinstance(n, ast.Attribute):",
      "            parts = []",
      "            while isinstance(n, ast.Attribute):",
      "                parts.insert(0, n.attr)",
      "                n = n.value",
      "            if isinstance(n, ast.Name):",
      "                parts.insert(0, n.id)",
      "                dotted.update('.'.join(parts[:i]) for i in range(1, len(parts) + 1))",
      "    for node in tree.body:",
      "        if isinstance(node, ast.Import):",
      "            for a in node.names:",
      "                if (a.asname or a.name) not in dotted | loaded:",
      "                    bad.append(f'{f}:{node.lineno}: import {a.name} is never used')",
      "        elif isinstance(node, ast.ImportFrom):",
      "            for a in node.names:",
      "                if (a.asname or a.name) not in loaded:",
      "                    bad.append(f'{f}:{node.lineno}: from {node.module} import {a.name} is never used')",
      "        elif isinstance(node, ast.FunctionDef) and node.name not in loaded:",
      "            bad.append(f'{f}:{node.lineno}: function {node.name} is never used')",
      "    for fn in [n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)]:",
      "        stored, read = {}, set()",
      "        for n in ast.walk(fn):",
      "            if isinstance(n, ast.Name):",
      "                if isinstance(n.ctx, ast.Store):",
      "                    stored.setdefault(n.id, n.lineno)",
      "                else:",
      "                    read.add(n.id)",
      "        bad.extend(f'{f}:{line}: variable {name} is never read' for name, line in stored.items()",
      "                   if name not in read and not name.startswith('_'))",
      "if bad:",
      "    print('\\n'.join(bad))",
      "sys.exit(1 if bad else 0)");

  @TempDir
  Path tmp;

  private final List<String> problems = Collections.synchronizedList(new ArrayList<>());

  @Test
  void everySnippetPassesItsLanguagesStrictChecks() throws Exception {
    List<Path> cases = new ArrayList<>();
    for (Map.Entry<String, String> spec : SnippetDeadCodeTest.specs().entrySet()) {
      Path dir = tmp.resolve("cases").resolve(spec.getKey());
      for (Map.Entry<String, String> snippet : SnippetDeadCodeTest.snippets(spec.getValue()).entrySet()) {
        Path file = dir.resolve(snippet.getKey());
        Files.createDirectories(file.getParent());
        Files.writeString(file, snippet.getValue());
      }
      cases.add(dir);
    }
    for (Path dir : cases) {
      javac(dir.resolve("java"));
      mcs(dir.resolve("csharp"));
    }
    goVet(cases);
    python(cases);
    eachFile(cases, "php", "rb", "js", "sh");
    assertEquals(List.of(), problems, problems.size() + " strict-mode complaints");
  }

  /** In-process javac (one JVM start for all): every lint, warnings are errors. */
  private void javac(Path dir) throws IOException {
    List<Path> files = SnippetToolchain.files(dir, "java");
    if (files.isEmpty()) {
      return;
    }
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    List<String> args = new ArrayList<>(List.of("-Xlint:all", "-Werror", "-d", tmp.resolve("classes")
        .resolve(dir.getParent().getFileName().toString()).toString()));
    files.forEach(f -> args.add(f.toString()));
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = compiler.run(null, null, new PrintStream(err, true, StandardCharsets.UTF_8), args.toArray(String[]::new));
    if (exit != 0) {
      problems.add("javac -Xlint:all -Werror " + dir + ":\n" + err.toString(StandardCharsets.UTF_8));
    }
  }

  private void mcs(Path dir) {
    List<Path> files = SnippetToolchain.files(dir, "cs");
    if (files.isEmpty()) {
      return;
    }
    List<String> command = new ArrayList<>(List.of(RepoPaths.command("mcs", "mono-mcs").toString(), "-warnaserror+",
        "-warn:4", "-target:library", "-r:System.Net.Http.dll", "-out:" + tmp.resolve(dir.getParent().getFileName()
            + ".dll")));
    files.forEach(f -> command.add(f.toString()));
    run(command, dir, "");
  }

  /** One module holds every case's Go packages, so one go vet checks them all. */
  private void goVet(List<Path> cases) throws IOException {
    Path module = tmp.resolve("go");
    for (Path dir : cases) {
      Path go = dir.resolve("go");
      for (Path main : SnippetToolchain.files(go, "go")) {
        Path target = module.resolve(dir.getFileName().toString()).resolve(go.relativize(main));
        Files.createDirectories(target.getParent());
        Files.copy(main, target);
      }
    }
    Files.writeString(module.resolve("go.mod"), "module assistcodegen/strict\n\ngo 1.19\n");
    run(List.of(RepoPaths.command("go", "golang-go").toString(), "vet", "./..."), module, "");
  }

  private void python(List<Path> cases) throws IOException {
    List<String> command = new ArrayList<>(List.of(RepoPaths.command("python3", "python3").toString(),
        Files.writeString(tmp.resolve("check.py"), PYTHON_CHECK).toString()));
    for (Path dir : cases) {
      SnippetToolchain.files(dir.resolve("python"), "py").forEach(f -> command.add(f.toString()));
      SnippetToolchain.files(dir.resolve("python-requests"), "py").forEach(f -> command.add(f.toString()));
    }
    assertTrue(command.size() > 100, "python snippets: " + (command.size() - 2));
    run(command, tmp, "");
  }

  /** One process per file (these tools check one file at a time), a few at a time. */
  private void eachFile(List<Path> cases, String... extensions) throws Exception {
    List<List<String>> commands = new ArrayList<>();
    for (Path dir : cases) {
      for (String extension : extensions) {
        for (Path f : SnippetToolchain.files(dir, extension)) {
          commands.add(switch (extension) {
            case "php" -> List.of(RepoPaths.command("php", "php-cli").toString(), "-l", f.toString());
            case "rb" -> List.of(RepoPaths.command("ruby", "ruby").toString(), "-wc", f.toString());
            case "js" -> List.of(RepoPaths.command("node", "nodejs").toString(), "--check", f.toString());
            default -> List.of(RepoPaths.command("bash", "bash").toString(), "-n", f.toString());
          });
        }
      }
    }
    ExecutorService pool = Executors.newFixedThreadPool(SnippetToolchain.PARALLEL);
    try {
      List<Future<?>> jobs = new ArrayList<>();
      for (List<String> command : commands) {
        // ruby -wc prints "Syntax OK" and nothing else when there is no warning; php -l "No syntax errors ..."
        String expected = command.get(1).equals("-wc") ? "Syntax OK\n" : command.get(1).equals("-l")
            ? "No syntax errors detected in " + command.get(2) + "\n" : "";
        jobs.add(pool.submit(() -> run(command, tmp, expected)));
      }
      for (Future<?> job : jobs) {
        job.get();
      }
    } finally {
      pool.shutdownNow();
    }
    assertTrue(commands.size() > 500, "files checked one by one: " + commands.size());
  }

  /** Runs {@code command}; a non-zero exit or other output than {@code expected} is a problem. */
  private void run(List<String> command, Path dir, String expected) {
    Processes.Result r = Processes.run(command, dir, Map.of(), 600);
    if (r.exitCode() != 0 || !r.output().equals(expected)) {
      String shown = String.join(" ", command.subList(0, Math.min(3, command.size())));
      problems.add(shown + (command.size() > 3 ? " ... (" + command.size() + " arguments)" : "") + ": exit "
          + r.exitCode() + "\n" + r.output());
    }
  }
}
