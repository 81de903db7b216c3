package dev.assistcodegen.snippets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.assistcodegen.testing.Processes;
import dev.assistcodegen.testing.RepoPaths;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Checks and runs generated snippets with each language's own tools, in batches where the
 * tool allows it (javac, mcs, go vet/build). A missing toolchain fails with install advice.
 */
final class SnippetToolchain {
  /** Languages this machine can run (PowerShell cannot: it has golden and structural tests). */
  static final List<String> RUNNABLE = List.of("curl", "httpie", "wget", "python-requests", "python", "javascript",
      "java", "csharp", "go", "ruby", "php");

  /** Processes at a time: snippet runs mostly wait on process start-up and the mock server. */
  static final int PARALLEL = 6;

  private final Path snippets;
  private final Path build;

  SnippetToolchain(Path snippets, Path build) {
    this.snippets = snippets;
    this.build = build;
  }

  static List<Path> files(Path dir, String extension) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(p -> p.toString().endsWith("." + extension)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void ok(List<String> command, Path dir) {
    Processes.Result r = Processes.run(command, dir, Map.of(), 300);
    assertEquals(0, r.exitCode(), () -> String.join(" ", command.subList(0, Math.min(4, command.size())))
        + " failed:\n" + r.output());
  }

  private static List<String> cmd(String tool, String pkg, Object... args) {
    List<String> out = new ArrayList<>();
    out.add(RepoPaths.command(tool, pkg).toString());
    for (Object a : args) {
      if (a instanceof List<?> list) {
        list.forEach(x -> out.add(x.toString()));
      } else {
        out.add(a.toString());
      }
    }
    return out;
  }

  /** Syntax-checks every snippet of {@code language}; compiles what needs compiling for {@link #command}. */
  void check(String language) throws IOException {
    Path dir = snippets.resolve(language);
    switch (language) {
      case "curl", "wget" -> eachFile(files(dir, "sh"), f -> ok(cmd("bash", "bash", "-n", f), dir));
      case "httpie" -> {
        eachFile(files(dir, "sh"), f -> ok(cmd("bash", "bash", "-n", f), dir));
        // without this, every http call starts a background Python that tries to fetch HTTPie's
        // version list from the internet (and fails here, so it is tried again on every call)
        Files.createDirectories(build.resolve("httpie"));
        Files.writeString(build.resolve("httpie/config.json"), "{\"disable_update_warnings\": true}\n");
      }
      case "python", "python-requests" -> ok(cmd("python3", "python3", "-c",
          "import ast,sys\nfor f in sys.argv[1:]: ast.parse(open(f,encoding='utf-8').read(), f)", files(dir, "py")), dir);
      case "javascript" -> eachFile(files(dir, "js"), f -> ok(cmd("node", "nodejs", "--check", f), dir));
      // one ruby for all files: compile_file parses (as ruby -c does) and compiles, raising SyntaxError
      case "ruby" -> ok(cmd("ruby", "ruby", "-e", "ARGV.each { |f| RubyVM::InstructionSequence.compile_file(f) }",
          files(dir, "rb")), dir);
      case "php" -> eachFile(files(dir, "php"), f -> ok(cmd("php", "php-cli", "-l", f), dir));
      case "java" -> {
        Files.createDirectories(build.resolve("java"));
        ok(cmd("javac", "openjdk-17-jdk-headless", "-Xlint:none", "-d", build.resolve("java/classes"),
            files(dir, "java")), dir);
        // CDS archives only classes from jars
        ok(cmd("jar", "openjdk-17-jdk-headless", "cf", build.resolve("java/snippets.jar"), "-C",
            build.resolve("java/classes"), "."), dir);
        // one training run records the classes a snippet loads (java.net.http ...) into a CDS archive
        // that every run then maps instead of loading them again; it fails fast (nothing listens on port 9)
        Path first = files(dir, "java").get(0);
        Processes.run(javaCommand(List.of("-XX:ArchiveClassesAtExit=" + build.resolve("java/app.jsa")), first),
            dir, Map.of("BASE_URL", "http://127.0.0.1:9", "TOKEN_URL", "http://127.0.0.1:9/token",
                "CLIENT_ID", "x", "CLIENT_SECRET", "x", "BEARER_TOKEN", "x", "API_KEY", "x", "API_USERNAME", "x",
                "API_PASSWORD", "x"), 120);
      }
      case "csharp" -> {
        Files.createDirectories(build.resolve("csharp"));
        ok(cmd("mcs", "mono-mcs", "-target:library", "-r:System.Net.Http.dll",
            "-out:" + build.resolve("csharp/all.dll"), files(dir, "cs")), dir);
        // one small host runs any snippet's Main from the library: one compile instead of one per snippet
        Path host = build.resolve("csharp/Host.cs");
        Files.writeString(host, CSHARP_HOST);
        ok(cmd("mcs", "mono-mcs", "-out:" + build.resolve("csharp/host.exe"), host), dir);
      }
      case "go" -> {
        ok(cmd("go", "golang-go", "vet", "./..."), dir);
        Files.createDirectories(build.resolve("go"));
        // no symbol table or DWARF: linking 50 net/http binaries is most of the Go time
        ok(cmd("go", "golang-go", "build", "-trimpath", "-ldflags=-s -w", "-o", build.resolve("go") + "/", "./..."), dir);
      }
      case "powershell" -> {
        // no pwsh here: structural checks only (balanced braces and parentheses outside strings)
        for (Path f : files(dir, "ps1")) {
          String text = Files.readString(f);
          assertEquals(count(text, '{'), count(text, '}'), f + ": unbalanced braces");
          assertEquals(count(text, '('), count(text, ')'), f + ": unbalanced parentheses");
        }
      }
      default -> throw new AssertionError("no checker for " + language);
    }
  }

  /** Runs a one-file check for every file, a few at a time (each is a short process start). */
  private static void eachFile(List<Path> files, java.util.function.Consumer<Path> check) {
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(PARALLEL);
    try {
      List<java.util.concurrent.Future<?>> jobs = new ArrayList<>();
      for (Path f : files) {
        jobs.add(pool.submit(() -> check.accept(f)));
      }
      for (java.util.concurrent.Future<?> job : jobs) {
        try {
          job.get();
        } catch (java.util.concurrent.ExecutionException e) {
          if (e.getCause() instanceof AssertionError a) {
            throw a;
          }
          throw new AssertionError(e.getCause());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new AssertionError(e);
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static long count(String text, char c) {
    // ignore the contents of single-quoted PowerShell strings ('' is an escaped quote)
    // and of comment lines
    String code = text.replaceAll("(?m)^\\s*#.*$", "");
    // possessive: a per-character alternation overflows the stack on very long strings
    return code.replaceAll("'(?:[^']++|'')*+'", "''").chars().filter(x -> x == c).count();
  }

  /** The command that runs one snippet (after {@link #check} compiled it). */
  List<String> command(String language, Path file) throws IOException {
    return switch (language) {
      case "curl", "httpie", "wget" -> cmd("bash", "bash", file);
      case "python", "python-requests" -> cmd("python3", "python3", file);
      case "javascript" -> cmd("node", "nodejs", file);
      case "ruby" -> cmd("ruby", "ruby", file);
      case "php" -> cmd("php", "php-cli", file);
      case "java" -> javaCommand(Files.isRegularFile(build.resolve("java/app.jsa"))
          ? List.of("-XX:SharedArchiveFile=" + build.resolve("java/app.jsa")) : List.of(), file);
      case "go" -> List.of(build.resolve("go").resolve(file.getParent().getFileName().toString()).toString());
      case "csharp" -> cmd("mono", "mono-runtime", build.resolve("csharp/host.exe"), build.resolve("csharp/all.dll"),
          csharpClass(file));
      default -> throw new AssertionError("cannot run " + language);
    };
  }

  private List<String> javaCommand(List<String> extra, Path file) throws IOException {
    return cmd("java", "openjdk-17-jdk-headless", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
        extra, "-cp", build.resolve("java/snippets.jar"), className(file));
  }

  /** Environment a language's runs need besides the snippet's own variables. */
  Map<String, String> environment(String language) {
    return language.equals("httpie") ? Map.of("HTTPIE_CONFIG_DIR", build.resolve("httpie").toString()) : Map.of();
  }

  /** Files that are snippets (Go: main.go of each directory). */
  List<Path> snippetFiles(String language) {
    String ext = switch (language) {
      case "curl", "httpie", "wget" -> "sh";
      case "python", "python-requests" -> "py";
      case "javascript" -> "js";
      case "java" -> "java";
      case "csharp" -> "cs";
      case "go" -> "go";
      case "ruby" -> "rb";
      case "php" -> "php";
      case "powershell" -> "ps1";
      default -> throw new AssertionError(language);
    };
    return files(snippets.resolve(language), ext);
  }

  /** Runs {@code Main} of the class named by args[1] in the assembly args[0], with its exit code. */
  private static final String CSHARP_HOST = String.join("\n",
      "using System;",
      "using System.Reflection;",
      "internal static class Host {",
      "  private static int Main(string[] args) {",
      "    Type type = Assembly.LoadFrom(args[0]).GetType(args[1], true);",
      "    MethodInfo main = type.GetMethod(\"Main\", BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic);",
      "    try {",
      "      object result = main.Invoke(null, main.GetParameters().Length == 0 ? null : new object[] { new string[0] });",
      "      return result is int ? (int) result : 0;",
      "    } catch (TargetInvocationException e) {",
      "      Console.Error.WriteLine(e.InnerException);",
      "      return 3;",
      "    }",
      "  }",
      "}",
      "");

  private static String csharpClass(Path csFile) throws IOException {
    var m = java.util.regex.Pattern.compile("(?m)^namespace ([\\w.]+)").matcher(Files.readString(csFile));
    if (!m.find()) {
      throw new AssertionError(csFile + " declares no namespace");
    }
    return m.group(1) + ".Program";
  }

  private static String className(Path javaFile) throws IOException {
    var m = java.util.regex.Pattern.compile("(?m)^final class (\\w+)").matcher(Files.readString(javaFile));
    if (!m.find()) {
      throw new AssertionError(javaFile + " declares no class");
    }
    return m.group(1);
  }
}
