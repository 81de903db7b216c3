package dev.assistcodegen.load;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.assistcodegen.report.GenerationException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Parses a spec's text as JSON or YAML before swagger-parser sees it, because swagger-parser
 * reports syntax errors without a line and column.
 */
final class SyntaxCheck {
  // a valid document is not refused for a long property name or text (Jackson's defaults: 50,000 / 20 MB)
  private static final StreamReadConstraints LARGE =
      StreamReadConstraints.builder()
          .maxNameLength(Integer.MAX_VALUE).maxStringLength(Integer.MAX_VALUE).build();
  private static final ObjectMapper JSON = new ObjectMapper(
      JsonFactory.builder().streamReadConstraints(LARGE).build());
  private static final ObjectMapper YAML = YAMLMapper.builder(
      YAMLFactory.builder()
          .loaderOptions(largeDocuments())
          .streamReadConstraints(LARGE)
          .build())
      .build();

  private SyntaxCheck() {}

  private static LoaderOptions largeDocuments() {
    LoaderOptions options = new LoaderOptions();
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
      MarkedYAMLException yaml = yamlCause(e);
      if (yaml != null) {
        throw new GenerationException(source.displayName() + yamlMessage(yaml), e);
      }
      JsonLocation where = e.getLocation();
      String position = where == null || where.getLineNr() < 1
          ? "" : ":" + where.getLineNr() + ":" + where.getColumnNr();
      throw new GenerationException(source.displayName() + position + ": invalid " + (json ? "JSON" : "YAML")
          + ": " + firstLine(e.getOriginalMessage()), e);
    }
  }

  /**
   * Jackson's location for a YAML error is often a token away from the problem, and the
   * original message spans several lines; snakeyaml's own marks are exact.
   */
  static MarkedYAMLException yamlCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof MarkedYAMLException marked) {
        return marked;
      }
    }
    return null;
  }

  /** ":line:col: invalid YAML: problem (context at line:col)" on one line, 1-based like snakeyaml prints. */
  static String yamlMessage(MarkedYAMLException e) {
    Mark problemMark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
    String position = problemMark == null ? "" : ":" + (problemMark.getLine() + 1) + ":" + (problemMark.getColumn() + 1);
    String problem = oneLine(e.getProblem());
    String context = oneLine(e.getContext());
    StringBuilder text = new StringBuilder(position).append(": invalid YAML: ");
    text.append(problem.isEmpty() ? (context.isEmpty() ? "syntax error" : context) : problem);
    if (!problem.isEmpty() && !context.isEmpty()) {
      text.append(" (").append(context);
      Mark contextMark = e.getContextMark();
      if (contextMark != null && contextMark != problemMark) {
        text.append(" at ").append(contextMark.getLine() + 1).append(':').append(contextMark.getColumn() + 1);
      }
      text.append(')');
    }
    return text.toString();
  }

  private static String oneLine(String text) {
    return text == null ? "" : text.strip().replaceAll("\\s+", " ");
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
