package dev.assistcodegen.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assistcodegen.testing.Processes;
import dev.assistcodegen.testing.RepoPaths;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Loome Assist spec is clean for Redocly's linter, with the rules of {@code spec/redocly.yaml}. */
class LoomeSpecLintIT {
  private static final Path SPEC = LoomeSpecTest.SPEC;

  @Test
  void redoclyLintIsClean() {
    Path redocly = RepoPaths.npmTool("redocly");
    Processes.Result result = Processes.run(
        List.of(redocly.toString(), "lint", "--config", RepoPaths.spec("redocly.yaml").toString(), SPEC.toString()),
        RepoPaths.root(), Map.of("NO_COLOR", "1", "REDOCLY_TELEMETRY", "off", "REDOCLY_SUPPRESS_UPDATE_NOTICE", "true"),
        120);
    assertEquals(0, result.exitCode(), "redocly lint failed:\n" + result.output());
    // redocly ends with "You have N warnings." when a rule warns (its Node.js notice is not a lint warning)
    assertFalse(result.output().matches("(?s).*You have \\d+ warnings?.*"), "redocly lint warned:\n" + result.output());
    assertTrue(result.output().contains("Your API description is valid"), result.output());
  }
}
