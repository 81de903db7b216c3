package dev.assistcodegen.merge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.assistcodegen.postman.GeneratedBlock;
import dev.assistcodegen.postman.PostmanJson;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges scripts (Postman events): the generated blocks of the new generation replace the old
 * ones, and the user's lines around them stay where they were. A script of the user's with no
 * block of ours is kept whole, after the generated events.
 */
final class Scripts {
  private Scripts() {}

  /**
   * The events of {@code fresh} (ours, changed in place) with the user's code from {@code existing}
   * merged in; null when neither has any.
   */
  static ArrayNode merge(JsonNode fresh, JsonNode existing, Kept kept) {
    List<ObjectNode> remaining = new ArrayList<>();
    Map<ObjectNode, GeneratedBlock.Parts> parts = new IdentityHashMap<>();
    if (existing != null && existing.isArray()) {
      for (JsonNode e : existing) {
        if (e.isObject()) {
          remaining.add((ObjectNode) e);
          parts.put((ObjectNode) e, GeneratedBlock.split(lines(e)));
        }
      }
    }
    ArrayNode result = fresh != null && fresh.isArray() ? (ArrayNode) fresh : PostmanJson.NODES.arrayNode();
    for (JsonNode f : result) {
      String listen = f.path("listen").asText();
      ObjectNode host = host(remaining, parts, listen);
      if (host == null) {
        continue;
      }
      remaining.remove(host);
      GeneratedBlock.Parts p = parts.get(host);
      notes(p, listen, kept);
      if (p.hasUserCode()) {
        ArrayNode exec = PostmanJson.NODES.arrayNode();
        // a script without our block: ours first, then the user's lines
        (p.blocks() == 0 ? List.<String>of() : p.before()).forEach(exec::add);
        f.path("script").path("exec").forEach(exec::add);
        (p.blocks() == 0 ? p.before() : p.after()).forEach(exec::add);
        ((ObjectNode) f.path("script")).set("exec", exec);
        kept.work(scriptName(listen));
      }
    }
    for (ObjectNode e : remaining) {
      GeneratedBlock.Parts p = parts.get(e);
      notes(p, e.path("listen").asText(), kept);
      if (!p.hasUserCode()) {
        continue;
      }
      ObjectNode copy = e.deepCopy();
      if (p.blocks() > 0) {
        ArrayNode exec = PostmanJson.NODES.arrayNode();
        p.outside().forEach(exec::add);
        ((ObjectNode) copy.get("script")).set("exec", exec);
      }
      result.add(copy);
      kept.work(scriptName(e.path("listen").asText()));
    }
    return result.isEmpty() ? null : result;
  }

  /** The existing event to merge a generated one into: one with the same listen, preferably holding our block. */
  private static ObjectNode host(List<ObjectNode> events, Map<ObjectNode, GeneratedBlock.Parts> parts, String listen) {
    ObjectNode first = null;
    for (ObjectNode e : events) {
      if (listen.equals(e.path("listen").asText())) {
        if (parts.get(e).blocks() > 0) {
          return e;
        }
        first = first == null ? e : first;
      }
    }
    return first;
  }

  private static void notes(GeneratedBlock.Parts p, String listen, Kept kept) {
    if (p.unterminated()) {
      kept.note("the generated block of the " + scriptName(listen).substring("your ".length())
          + " had no end line: everything after its start line was replaced");
    } else if (p.edited()) {
      kept.note("your edits inside the generated block of the " + scriptName(listen).substring("your ".length())
          + " were replaced (write your code before or after the block)");
    }
  }

  /** The lines of an event's script: Postman's {@code exec}, an array of lines or one string. */
  static List<String> lines(JsonNode event) {
    JsonNode exec = event.path("script").path("exec");
    List<String> lines = new ArrayList<>();
    if (exec.isArray()) {
      exec.forEach(l -> lines.add(l.asText()));
    } else if (exec.isTextual()) {
      lines.addAll(List.of(exec.asText().split("\n", -1)));
    }
    return lines;
  }

  static String scriptName(String listen) {
    return switch (listen) {
      case "prerequest" -> "your pre-request script";
      case "test" -> "your test script";
      default -> "your " + listen + " script";
    };
  }
}
