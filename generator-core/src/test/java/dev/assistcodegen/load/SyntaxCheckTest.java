package dev.assistcodegen.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assistcodegen.report.GenerationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/** Invalid YAML gives one line whose line:column is the problem position snakeyaml itself reports. */
class SyntaxCheckTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "openapi: 3.0.3\ninfo:\n  title: [unclosed\n  version: 1\n",
      "openapi: 3.0.3\ninfo:\n  description: [unclosed\n",
      "openapi: 3.0.3\ninfo: {title: x\n",
      "a: b\n c: d\n",
      "a: 'unterminated\n",
      "a:\n\t- tab\n",
      "key: \"bad \\q escape\"\n",
  })
  void positionIsSnakeyamlsProblemMarkOnOneLine(String text) {
    MarkedYAMLException snake = assertThrows(MarkedYAMLException.class, () -> new Yaml().load(text));
    String expectedPosition = "spec.yaml:" + (snake.getProblemMark().getLine() + 1) + ":"
        + (snake.getProblemMark().getColumn() + 1) + ": invalid YAML: ";
    GenerationException e = assertThrows(GenerationException.class,
        () -> SyntaxCheck.parse(new SpecSource("spec.yaml", null, text)));
    assertTrue(e.getMessage().startsWith(expectedPosition), e.getMessage() + " / snakeyaml: " + snake.getMessage());
    assertFalse(e.getMessage().contains("\n"), e.getMessage());
    assertTrue(e.getMessage().contains(snake.getProblem().strip().replaceAll("\\s+", " ")), e.getMessage());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "openapi: 3.0.3\\ninfo:\\n  description: [unclosed\\n|spec.yaml:4:1: invalid YAML: expected ',' or ']', but got <stream end> (while parsing a flow sequence at 3:16)",
      "openapi: 3.0.3\\ninfo:\\n  title: [unclosed\\n  version: 1\\n|spec.yaml:4:10: invalid YAML: expected ',' or ']', but got : (while parsing a flow sequence at 3:10)",
  })
  void exactMessages(String text, String expected) {
    GenerationException e = assertThrows(GenerationException.class,
        () -> SyntaxCheck.parse(new SpecSource("spec.yaml", null, text.replace("\\n", "\n"))));
    assertEquals(expected, e.getMessage());
  }
}
