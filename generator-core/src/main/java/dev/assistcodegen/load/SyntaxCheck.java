package dev.assistcodegen.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.assistcodegen.GenerationException;

/**
 * Parses a spec's text as JSON or YAML before swagger-parser sees it, because swagger-parser
 * reports syntax errors without a line and column.
 */
final class SyntaxCheck {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ObjectMapper YAML = YAMLMapper.builder(
      YAMLFactory.builder()
          .loaderOptions(largeDocuments())
          .build())
      .build();

  private SyntaxCheck() {}

  private static org.yaml.snakeyaml.LoaderOptions largeDocuments() {
    org.yaml.snakeyaml.LoaderOptions options = new org.yaml.snakeyaml.LoaderOptions();
    options.setCodePointLimit(Integer.MAX_VALUE);
    options.setMaxAliasesForCollections(10_000);
    return options;
  }

  static JsonNode parse(SpecSource source) {
    String text = source.text();
    boolean json = text.stripLeading().startsWith("{");
    try {
      JsonNode node = (json ? JSON : YAML).readTree(text);
      if (node == null || node.isMissingNode() || node.isNull()) {
        throw new GenerationException(source.displayName() + ": the file is empty");
      }
      return node;
    } catch (JsonProcessingException e) {
      JsonLocation where = e.getLocation();
      String position = where == null || where.getLineNr() < 1
          ? "" : ":" + where.getLineNr() + ":" + where.getColumnNr();
      throw new GenerationException(source.displayName() + position + ": invalid " + (json ? "JSON" : "YAML")
          + ": " + firstLine(e.getOriginalMessage()), e);
    }
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "syntax error";
    }
    String line = message.strip();
    int nl = line.indexOf('\n');
    return nl < 0 ? line : line.substring(0, nl).strip();
  }
}
