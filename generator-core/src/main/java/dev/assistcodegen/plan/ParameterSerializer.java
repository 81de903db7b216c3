package dev.assistcodegen.plan;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assistcodegen.model.Parameter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Serializes a parameter's example value by its OpenAPI {@code style} and {@code explode}. */
final class ParameterSerializer {
  private ParameterSerializer() {}

  /** Query (or cookie) parameter: one or more name=value pairs, values not yet encoded. */
  static List<String[]> queryPairs(Parameter p) {
    JsonNode v = p.example();
    List<String[]> out = new ArrayList<>();
    String style = p.style();
    if (v.isArray()) {
      List<String> items = texts(v);
      switch (style) {
        case "spaceDelimited" -> out.add(new String[] {p.name(), String.join(" ", items)});
        case "pipeDelimited" -> out.add(new String[] {p.name(), String.join("|", items)});
        default -> {
          if (p.explode()) {
            items.forEach(i -> out.add(new String[] {p.name(), i}));
          } else {
            out.add(new String[] {p.name(), String.join(",", items)});
          }
        }
      }
      return out;
    }
    if (v.isObject()) {
      if ("deepObject".equals(style)) {
        v.fields().forEachRemaining(e -> out.add(new String[] {p.name() + "[" + e.getKey() + "]", text(e.getValue())}));
      } else if (p.explode()) {
        v.fields().forEachRemaining(e -> out.add(new String[] {e.getKey(), text(e.getValue())}));
      } else {
        out.add(new String[] {p.name(), String.join(",", flatten(v))});
      }
      return out;
    }
    out.add(new String[] {p.name(), text(v)});
    return out;
  }

  /** Path or header parameter value (simple, label or matrix style). */
  static String simple(Parameter p) {
    JsonNode v = p.example();
    String style = p.style();
    String joined;
    if (v.isArray()) {
      List<String> items = texts(v);
      joined = switch (style) {
        case "label" -> "." + String.join(p.explode() ? "." : ",", items);
        case "matrix" -> p.explode()
            ? String.join("", items.stream().map(i -> ";" + p.name() + "=" + i).toList())
            : ";" + p.name() + "=" + String.join(",", items);
        default -> String.join(",", items);
      };
      return joined;
    }
    if (v.isObject()) {
      List<String> parts = new ArrayList<>();
      Iterator<Map.Entry<String, JsonNode>> it = v.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        if (p.explode()) {
          parts.add(e.getKey() + "=" + text(e.getValue()));
        } else {
          parts.add(e.getKey());
          parts.add(text(e.getValue()));
        }
      }
      return switch (style) {
        case "label" -> "." + String.join(p.explode() ? "." : ",", parts);
        case "matrix" -> p.explode() ? ";" + String.join(";", parts) : ";" + p.name() + "=" + String.join(",", parts);
        default -> String.join(",", parts);
      };
    }
    String value = text(v);
    return switch (style) {
      case "label" -> "." + value;
      case "matrix" -> ";" + p.name() + "=" + value;
      default -> value;
    };
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(i -> out.add(text(i)));
    return out;
  }

  private static List<String> flatten(JsonNode object) {
    List<String> out = new ArrayList<>();
    object.fields().forEachRemaining(e -> {
      out.add(e.getKey());
      out.add(text(e.getValue()));
    });
    return out;
  }

  static String text(JsonNode v) {
    if (v == null || v.isNull() || v.isMissingNode()) {
      return "";
    }
    return v.isValueNode() ? v.asText() : v.toString();
  }
}
