package dev.assistcodegen.snippets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assistcodegen.Generator;
import dev.assistcodegen.GeneratorConfig;
import dev.assistcodegen.load.SpecLoader;
import dev.assistcodegen.report.GeneratorLog;
import dev.assistcodegen.testing.RepoPaths;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Basic and digest credentials come from API_USERNAME and API_PASSWORD in every language: never from
 * USERNAME (Windows sets it to the logged-in user, so a PowerShell snippet would send the account name)
 * nor PASSWORD; API_PASSWORD may be unset (an empty password, as Stripe's key-as-user-name).
 */
class CredentialNamesTest {
  private static final Pattern BARE = Pattern.compile("(?<![A-Z_])(USERNAME|PASSWORD)(?![A-Z_])");

  @Test
  void everyLanguageReadsTheSameNamesThatNothingElseSets() {
    String spec = RepoPaths.root().resolve("generator-core/src/test/resources/cases/auth-every-kind/openapi.yaml")
        .toString();
    Map<String, byte[]> files = Generator.render(SpecLoader.load(spec, GeneratorLog.silent()),
        GeneratorConfig.builder().spec(spec).build(), GeneratorLog.silent());
    int checked = 0;
    for (String language : LanguageCatalog.BUILT_IN) {
      for (String request : List.of("basic-credentials", "digest-credentials")) {
        String snippet = files.entrySet().stream()
            .filter(f -> f.getKey().startsWith("snippets/" + language + "/") && f.getKey().contains(request))
            .map(f -> new String(f.getValue(), StandardCharsets.UTF_8)).findFirst().orElseThrow(() ->
                new AssertionError("no " + request + " snippet in " + language));
        String where = language + " " + request;
        assertTrue(snippet.contains("API_USERNAME") && snippet.contains("API_PASSWORD"), where + ":\n" + snippet);
        assertFalse(BARE.matcher(snippet).find(), where + " reads a bare USERNAME or PASSWORD:\n" + snippet);
        assertFalse(snippet.contains("set API_PASSWORD") || snippet.contains("API_PASSWORD:?"),
            where + " requires a password:\n" + snippet);
        checked++;
      }
    }
    assertEquals(24, checked);
  }
}
