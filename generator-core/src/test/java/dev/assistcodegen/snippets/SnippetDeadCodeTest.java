package dev.assistcodegen.snippets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.assistcodegen.Generator;
import dev.assistcodegen.GeneratorConfig;
import dev.assistcodegen.load.SpecLoader;
import dev.assistcodegen.report.GeneratorLog;
import dev.assistcodegen.testing.RepoPaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No dead code in any snippet: every import, require, using and helper function of every snippet of
 * every golden case, the snippet golden spec and the Loome spec, in all twelve languages, is used
 * ({@link SnippetDeadCode}; the languages' own strict checks run in {@link SnippetStrictIT}).
 */
class SnippetDeadCodeTest {
  /** Spec name to spec location (null: the embedded Loome spec). */
  static Map<String, String> specs() throws IOException {
    Map<String, String> specs = new LinkedHashMap<>();
    Path cases = RepoPaths.root().resolve("generator-core/src/test/resources/cases");
    try (Stream<Path> dirs = Files.list(cases)) {
      dirs.sorted().filter(d -> Files.isRegularFile(d.resolve("openapi.yaml")))
          .forEach(d -> specs.put(d.getFileName().toString(), d.resolve("openapi.yaml").toString()));
    }
    specs.put("snippets-golden", SnippetGoldenTest.SPEC.toString());
    specs.put("loome", null);
    return specs;
  }

  /** The snippets of {@code spec} in every language, keyed by path below {@code snippets/}. */
  static Map<String, String> snippets(String spec) {
    Map<String, String> out = new LinkedHashMap<>();
    Generator.render(SpecLoader.load(spec, GeneratorLog.silent()), GeneratorConfig.builder().spec(spec).build(),
        GeneratorLog.silent()).forEach((path, bytes) -> {
          if (path.startsWith("snippets/") && !path.endsWith("/go.mod")) {
            out.put(path.substring("snippets/".length()), new String(bytes, StandardCharsets.UTF_8));
          }
        });
    return out;
  }

  @Test
  void everySnippetUsesWhatItDefines() throws IOException {
    List<String> dead = new ArrayList<>();
    int checked = 0;
    for (Map.Entry<String, String> spec : specs().entrySet()) {
      for (Map.Entry<String, String> snippet : snippets(spec.getValue()).entrySet()) {
        String language = snippet.getKey().substring(0, snippet.getKey().indexOf('/'));
        SnippetDeadCode.of(language, snippet.getValue())
            .forEach(d -> dead.add(spec.getKey() + ": " + snippet.getKey() + " " + d));
        checked++;
      }
    }
    assertEquals(List.of(), dead, dead.size() + " dead definitions in " + checked + " snippets");
  }

  @Test
  void theCheckFindsAnUnusedImportRequireUsingOrFunctionInEveryLanguage() {
    assertEquals(List.of("line 1: import Base64 is never used", "line 4: method upload is never used"),
        SnippetDeadCode.of("java", "import java.util.Base64;\nimport java.net.URI;\nfinal class A {\n"
            + "  static byte[] upload() { return null; }\n  static URI u() { return null; }\n"
            + "  public static void main(String[] a) { u(); }\n}\n"));
    assertEquals(List.of("line 3: function upload is never used"),
        SnippetDeadCode.of("go", "package main\n\nfunc upload() []byte {\n\treturn nil\n}\n\nfunc main() {}\n"));
    assertEquals(List.of("line 1: function upload is never used"),
        SnippetDeadCode.of("javascript", "function upload() {}\n// upload() in a comment is no use\n"));
    assertEquals(List.of("line 1: method upload is never used", "line 3: require 'base64' is never used"),
        SnippetDeadCode.of("ruby", "def upload\nend\nrequire 'base64'\nrequire 'net/http'\n# file to upload\n"
            + "Net::HTTP.get(URI('x'))\n"));
    assertEquals(List.of("line 2: function upload is never used"),
        SnippetDeadCode.of("php", "<?php\nfunction upload(): string\n{\n}\n"));
    assertEquals(List.of("line 1: function Get-Upload is never used"),
        SnippetDeadCode.of("powershell", "function Get-Upload {\n}\n$x = Get-Uploads\n"));
    assertEquals(List.of("line 2: function urlencode is never used"),
        SnippetDeadCode.of("curl", "#!/usr/bin/env bash\nurlencode() {\n  :\n}\n"));
    assertEquals(List.of("line 4: method Upload is never used", "line 2: using System.Text is never used"),
        SnippetDeadCode.of("csharp", "using System.IO;\nusing System.Text;\nclass P {\n"
            + "    private static byte[] Upload() { return File.ReadAllBytes(\"x\"); }\n"
            + "    private static int Main() { return 0; }\n}\n"));
  }
}
