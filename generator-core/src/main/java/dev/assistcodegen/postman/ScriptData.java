package dev.assistcodegen.postman;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Postman scripts built from a readable resource plus one line of data. Spec strings only
 * ever reach a script as a JSON value (a valid JavaScript expression), with every non-ASCII
 * character and {@code <}, {@code >}, {@code &} escaped, so they cannot end a string, a
 * line or a comment.
 */
final class ScriptData {
  private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]*");
  private static final ObjectWriter SAFE = PostmanJson.MAPPER.writer()
      .with(JsonWriteFeature.ESCAPE_NON_ASCII);

  private ScriptData() {}

  /** {@code const NAME = <json>;} on one line. */
  static String constLine(String name, JsonNode data) {
    if (!NAME.matcher(Objects.requireNonNull(name, "name == null")).matches()) {
      throw new IllegalArgumentException("not a constant name: " + name);
    }
    try {
      String json = SAFE.writeValueAsString(data)
          .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
      return "const " + name + " = " + json + ";";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialize script data", e);
    }
  }

  /** A script resource next to this class, as lines. */
  static List<String> resourceLines(String resource) {
    try (InputStream in = ScriptData.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
      if (text.endsWith("\n")) {
        text = text.substring(0, text.length() - 1);
      }
      return List.of(text.split("\n", -1));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A Postman event: {@code listen} is "prerequest" or "test"; the data line comes first. Every
   * line is inside a {@link GeneratedBlock}, so a merge replaces it and keeps what the user added.
   */
  static ObjectNode event(String listen, String idSeed, String constName, JsonNode data, String resource) {
    List<String> lines = new ArrayList<>();
    lines.add(constLine(constName, data));
    lines.addAll(resourceLines(resource));
    return wrapped(listen, idSeed, lines);
  }

  /** A Postman event of a resource alone: a script with no data of its own (so no spec string in it). */
  static ObjectNode event(String listen, String idSeed, String resource) {
    return wrapped(listen, idSeed, resourceLines(resource));
  }

  /** One part of a script made of several: a data line (none when {@code constName} is null) and a resource. */
  record Part(String constName, JsonNode data, String resource) {
    Part {
      Objects.requireNonNull(resource, "resource == null");
    }

    List<String> lines() {
      List<String> lines = new ArrayList<>();
      if (constName != null) {
        lines.add(constLine(constName, data));
      }
      lines.addAll(resourceLines(resource));
      return lines;
    }
  }

  /** A Postman event of several parts, in order, in one generated block. */
  static ObjectNode event(String listen, String idSeed, List<Part> parts) {
    List<String> lines = new ArrayList<>();
    parts.forEach(part -> lines.addAll(part.lines()));
    return wrapped(listen, idSeed, lines);
  }

  private static ObjectNode wrapped(String listen, String idSeed, List<String> lines) {
    ObjectNode event = PostmanJson.NODES.objectNode();
    event.put("listen", listen);
    ObjectNode script = event.putObject("script");
    script.put("id", PostmanIds.of(idSeed, listen));
    script.put("type", "text/javascript");
    ArrayNode exec = script.putArray("exec");
    GeneratedBlock.wrap(lines).forEach(exec::add);
    return event;
  }
}
