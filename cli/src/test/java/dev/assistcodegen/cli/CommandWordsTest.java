package dev.assistcodegen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assistcodegen.OutputSizes;
import dev.assistcodegen.cli.BadInputTest.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a user types: generate's options without the command word, language ids in any case, and for a
 * mistyped command, option or language the error with a "did you mean" and one line saying where help is.
 */
class CommandWordsTest {
  @TempDir
  Path tmp;

  private Path spec() throws IOException {
    return Files.writeString(tmp.resolve("good.yaml"), BadInputTest.GOOD);
  }

  private static List<String> files(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/'))
          .filter(p -> !p.startsWith(".")).sorted().toList();
    }
  }

  /** Files outside snippets/, and one snippets/LANGUAGE per language with one file (the spec has one operation). */
  private static List<String> kinds(List<String> files) {
    List<String> snippets = files.stream().filter(f -> f.startsWith("snippets/")).map(f -> f.split("/")[0] + "/"
        + f.split("/")[1]).toList();
    assertEquals(snippets.stream().distinct().toList(), snippets, "one snippet per language: " + files);
    return Stream.concat(files.stream().filter(f -> !f.startsWith("snippets/")), snippets.stream()).toList();
  }

  @Test
  void shortNamesAsPostmansConverterHasThem() throws IOException {
    // -s and -o, as openapi2postmanv2 takes them, so a command line moved over from it works
    Path out = tmp.resolve("short");
    Run r = BadInputTest.run("-s", spec().toString(), "-o", out.toString(), "--language", "none");
    assertEquals(0, r.exit(), r.stderr());
    assertTrue(Files.isRegularFile(out.resolve("good.postman_collection.json")), r.stdout());
  }

  @Test
  void generatesOptionsWorkWithoutTheCommandWord() throws IOException {
    Path out = tmp.resolve("out");
    Run r = BadInputTest.run("--spec", spec().toString(), "--out", out.toString(), "--language", "curl",
        "--reference", "none");
    assertEquals(0, r.exit(), r.stderr());
    assertEquals("", r.stderr());
    assertEquals(List.of("good.postman_collection.json", "good.postman_environment.json", "snippets/curl"),
        kinds(files(out)));
    assertTrue(r.stdout().startsWith("Generated 1 requests of Good into " + out + ":"), r.stdout());
    // what was written, with the sizes a user checks before importing
    String collection = OutputSizes.human(Files.size(out.resolve("good.postman_collection.json")));
    assertTrue(r.stdout().contains("  good.postman_collection.json (" + collection + ")"), r.stdout());
    String snippet;
    // the one snippet file, in whatever folder the request's path gives it
    try (Stream<Path> curl = Files.walk(out.resolve("snippets/curl"))) {
      snippet = OutputSizes.human(Files.size(curl.filter(Files::isRegularFile).findFirst().orElseThrow()));
    }
    assertTrue(r.stdout().contains("  snippets/curl/ (1 file, " + snippet + ")"), r.stdout());
    assertTrue(r.stdout().contains("Wrote 3 files, ") && r.stdout().contains(": the collection " + collection
        + ", 1 environment "), r.stdout());
  }

  @Test
  void withoutTheCommandWordTheOutputIsTheSameAsWithIt() throws IOException {
    Path with = tmp.resolve("with");
    Path without = tmp.resolve("without");
    assertEquals(0, BadInputTest.run("generate", "--spec", spec().toString(), "--out", with.toString()).exit());
    assertEquals(0, BadInputTest.run("--spec", spec().toString(), "--out", without.toString()).exit());
    assertEquals(files(with), files(without));
    for (String file : files(with)) {
      assertEquals(Files.readString(with.resolve(file)), Files.readString(without.resolve(file)), file);
    }
  }

  @Test
  void languageIdsIgnoreCase() throws IOException {
    Path out = tmp.resolve("out");
    Run r = BadInputTest.run("generate", "--spec", spec().toString(), "--out", out.toString(),
        "--language", "Python,CURL");
    assertEquals(0, r.exit(), r.stderr());
    assertEquals(List.of("good.postman_collection.json", "good.postman_environment.json", "reference/index.html",
        "snippets/curl", "snippets/python"), kinds(files(out)));
    assertEquals(0, BadInputTest.run("--spec", spec().toString(), "--out", out.toString(), "--language", "NONE").exit());
    assertEquals(List.of("good.postman_collection.json", "good.postman_environment.json", "reference/index.html"),
        kinds(files(out)));
  }

  @Test
  void anUnknownLanguageSuggestsTheNearestId() throws IOException {
    Run r = BadInputTest.run("--spec", spec().toString(), "--out", tmp.resolve("out").toString(), "--language", "pyton");
    assertUsageError(r, "error: unknown language 'pyton'; did you mean 'python'? (known: curl, httpie,"
        + " wget, powershell, python-requests, python, javascript, java, csharp, go, ruby, php; or all, none)",
        "See 'assist-codegen generate --help'.");
  }

  @Test
  void anUnknownCommandSuggestsTheNearestCommand() {
    assertUsageError(BadInputTest.run("gnerate"), "error: unknown command 'gnerate'; did you mean 'generate'?",
        "See 'assist-codegen --help'.");
    assertUsageError(BadInputTest.run("lang"), "error: unknown command 'lang'; did you mean 'languages'?",
        "See 'assist-codegen --help'.");
    assertUsageError(BadInputTest.run("deploy"), "error: unknown command 'deploy'", "See 'assist-codegen --help'.");
  }

  @Test
  void anUnknownOptionSuggestsTheNearestOption() {
    assertUsageError(BadInputTest.run("generate", "--sepc", "api.yaml"),
        "error: unknown option '--sepc'; did you mean '--spec'?", "See 'assist-codegen generate --help'.");
    assertUsageError(BadInputTest.run("--langauge=curl"),
        "error: unknown option '--langauge'; did you mean '--language'?", "See 'assist-codegen generate --help'.");
    assertUsageError(BadInputTest.run("roles", "--language", "curl"), "error: unknown option '--language'",
        "See 'assist-codegen roles --help'.");
  }

  @Test
  void aUsageErrorIsTheErrorAndWhereHelpIsNotTheWholeHelp() {
    assertUsageError(BadInputTest.run("--folders", "path"),
        "error: invalid value for option '--folders': expected tags or paths, got 'path'; did you mean 'paths'?",
        "See 'assist-codegen generate --help'.");
    assertUsageError(BadInputTest.run("validate"), "error: missing required parameter: 'FILE'",
        "See 'assist-codegen validate --help'.");
    assertUsageError(BadInputTest.run("generate", "extra"), "error: unexpected argument 'extra'",
        "See 'assist-codegen generate --help'.");
  }

  @Test
  void onlyTheTopCommandHasAVersion() {
    assertEquals(0, BadInputTest.run("-V").exit());
    for (String command : List.of("generate", "roles", "languages", "validate")) {
      assertUsageError(BadInputTest.run(command, "-V", "x.json"), "error: unknown option '-V'",
          "See 'assist-codegen " + command + " --help'.");
    }
  }

  /** Exit 2, nothing on stdout, exactly these lines on stderr. */
  private static void assertUsageError(Run r, String... lines) {
    assertEquals(2, r.exit(), r.stderr());
    assertEquals("", r.stdout());
    assertEquals(List.of(lines), r.stderr().lines().toList());
  }
}
