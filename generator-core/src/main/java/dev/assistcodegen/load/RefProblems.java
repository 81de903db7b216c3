package dev.assistcodegen.load;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assistcodegen.report.GenerationException;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns swagger-parser's notes about references it could not load into one clear error. */
final class RefProblems {
  private static final Pattern UNLOADABLE = Pattern.compile("(?i)unable to load (?:\\w+ )?ref:? *([^ ]+)");

  private RefProblems() {}

  static void check(SpecSource source, JsonNode root, List<String> messages) {
    if (messages == null) {
      return;
    }
    for (String message : messages) {
      Matcher m = UNLOADABLE.matcher(message);
      if (m.find()) {
        // swagger-parser names only the file; the spec has the whole ref and where it is used
        String file = m.group(1);
        String[] found = find(root, file, "", null);
        throw unresolved(source, found == null ? file : found[0], found == null ? null : found[1]);
      }
    }
  }

  /** The first {@code $ref} into {@code file}: {ref, "method path"} (the operation, when it is under one). */
  private static String[] find(JsonNode node, String file, String path, String operation) {
    if (node.isObject()) {
      JsonNode ref = node.get("$ref");
      if (ref != null && ref.isTextual() && (ref.asText().equals(file) || ref.asText().startsWith(file + "#"))) {
        return new String[] {ref.asText(), operation};
      }
      var fields = node.fields();
      while (fields.hasNext()) {
        var e = fields.next();
        String where = operation;
        if (path.startsWith("/paths/") && path.indexOf('/', 7) < 0 && METHODS.contains(e.getKey())) {
          where = e.getKey() + " " + path.substring(7).replace("~1", "/").replace("~0", "~");
        }
        String[] found = find(e.getValue(), file, path + "/" + e.getKey().replace("~", "~0").replace("/", "~1"), where);
        if (found != null) {
          return found;
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        String[] found = find(node.get(i), file, path + "/" + i, operation);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  private static final Set<String> METHODS =
      Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

  /** An error for a reference that points nowhere, with the line it is written on. */
  static GenerationException unresolved(SpecSource source, String ref, String where) {
    int line = lineOf(source.text(), ref);
    String position = line > 0 ? ":" + line : "";
    return new GenerationException(source.displayName() + position + ": unresolved $ref '" + ref + "'"
        + (where == null ? "" : " (used at " + where + ")"));
  }

  private static int lineOf(String text, String needle) {
    int at = text.indexOf(needle);
    if (at < 0) {
      return -1;
    }
    int line = 1;
    for (int i = 0; i < at; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }
}
