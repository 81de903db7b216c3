package dev.assistcodegen.examples;

import static dev.assistcodegen.examples.JsonValues.NODES;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.media.Schema;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Makes an example value for a schema: the spec's own example when it has one, otherwise a
 * value synthesised to be valid against the schema. Recursion is cut off by depth and by
 * reference cycles, leaving out optional parts rather than writing an error into the value.
 * This class dispatches on the schema's shape; {@link DeclaredExamples}, {@link Alternatives}
 * and {@link ScalarValues} make the values of each kind.
 */
public final class ExampleFactory {
  /** Past this depth only required properties are filled in. */
  private static final int FULL_DEPTH = 6;
  /** Past this depth nothing more is nested, except what is required (e.g. 30 required levels). */
  private static final int MAX_DEPTH = 12;
  /** Required nesting stops here, or past MAX_DEPTH once a value has NODE_BUDGET nodes. */
  private static final int REQUIRED_DEPTH = 64;
  private static final int NODE_BUDGET = 5_000;

  /** A {@code $ref} that points nowhere: the caller turns it into an error that says where. */
  public static final class UnresolvedRef extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String ref;

    UnresolvedRef(String ref) {
      super(ref, null, false, false);
      this.ref = ref;
    }

    /** The reference as the spec wrote it. */
    public String ref() {
      return ref;
    }
  }

  /** Whether the value is for a request (readOnly left out) or a response (writeOnly left out). */
  public enum Direction { REQUEST, RESPONSE }

  private final SchemaResolver resolver;
  private final SchemaMatch match;
  private final Alternatives alternatives;
  /** Nodes built for the current value (one value at a time: a loader is single-threaded). */
  private int nodes;

  public ExampleFactory(SchemaResolver resolver) {
    this.resolver = resolver;
    this.match = new SchemaMatch(resolver);
    this.alternatives = new Alternatives(this, resolver, match);
  }

  public JsonNode example(Schema<?> schema, Direction direction) {
    nodes = 0;
    JsonNode value = build(schema, direction, 0, new HashSet<>());
    return value == null ? NODES.nullNode() : value;
  }

  /**
   * An example for a path, query, header or cookie parameter. These travel as text, and a
   * validator reads a number's text as a number or as a string: for oneOf [integer, string] the
   * value 1 matches both branches on the wire, so a value only a string branch accepts is taken.
   */
  public JsonNode parameterExample(Schema<?> schema) {
    JsonNode value = example(schema, Direction.REQUEST);
    Schema<?> s = resolver.resolve(schema);
    if (s == null || s.getOneOf() == null || s.getOneOf().size() < 2 || value.isTextual() || !value.isValueNode()
        || !match.matches(s, value) || match.countMatching(s.getOneOf(), NODES.textNode(value.asText())) == 0) {
      return value;
    }
    for (Schema<?> branch : s.getOneOf()) {
      JsonNode text = build(branch, Direction.REQUEST, 0, new HashSet<>());
      if (text != null && text.isTextual() && !looksLikeNumberOrBoolean(text.asText())
          && match.countMatching(s.getOneOf(), text) == 1) {
        return text;
      }
    }
    return value;
  }

  private static boolean looksLikeNumberOrBoolean(String text) {
    return text.equals("true") || text.equals("false") || text.matches("-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?");
  }

  /** Past MAX_DEPTH only required parts go on (objects fill only those past FULL_DEPTH), within bounds. */
  private boolean tooDeep(int depth) {
    return depth > REQUIRED_DEPTH || depth > MAX_DEPTH && nodes > NODE_BUDGET;
  }

  JsonNode build(Schema<?> schema, Direction direction, int depth, Set<String> inProgress) {
    nodes++;
    if (schema == null) {
      return NODES.objectNode();
    }
    String ref = schema.get$ref();
    if (ref != null) {
      return referenced(schema, ref, direction, depth, inProgress);
    }
    JsonNode own = DeclaredExamples.of(schema);
    if (own != null) {
      return own;
    }
    if (schema.getAllOf() != null && !schema.getAllOf().isEmpty()) {
      return allOf(schema, direction, depth, inProgress);
    }
    List<Schema> choices = schema.getOneOf() != null && !schema.getOneOf().isEmpty()
        ? schema.getOneOf() : schema.getAnyOf();
    if (choices != null && !choices.isEmpty()) {
      return alternatives.value(schema, choices, direction, depth, inProgress);
    }
    return switch (SchemaTypes.typeOf(schema)) {
      case "object" -> object(schema, direction, depth, inProgress);
      case "array" -> array(schema, direction, depth, inProgress);
      case "string" -> NODES.textNode(ScalarValues.string(schema));
      case "integer" -> ScalarValues.integer(schema);
      case "number" -> ScalarValues.number(schema);
      case "boolean" -> NODES.booleanNode(true);
      case "null" -> NODES.nullNode();
      default -> NODES.textNode("string");
    };
  }

  /** A {@code $ref}: null when it repeats one being built (a cycle) or is too deep; the target's value otherwise. */
  private JsonNode referenced(Schema<?> schema, String ref, Direction direction, int depth, Set<String> inProgress) {
    if (inProgress.contains(ref) || tooDeep(depth)) {
      return null;
    }
    Schema<?> target = resolver.resolve(schema);
    if (target == null && (ref.startsWith("#/components/schemas/") || !ref.startsWith("#"))) {
      throw new UnresolvedRef(ref);
    }
    if (target == null) {
      return NODES.objectNode(); // another JSON pointer into the document (e.g. #/paths/...): valid, not followed
    }
    if (target == schema) {
      return NODES.objectNode();
    }
    JsonNode own = DeclaredExamples.of(schema);
    if (own == null && DeclaredExamples.of(target) == null) {
      JsonNode subtype = alternatives.subtype(ref, target, direction, depth, inProgress);
      if (subtype != null) {
        return subtype;
      }
    }
    inProgress.add(ref);
    try {
      return own != null ? own : build(target, direction, depth, inProgress);
    } finally {
      inProgress.remove(ref);
    }
  }

  private JsonNode allOf(Schema<?> schema, Direction direction, int depth, Set<String> inProgress) {
    ObjectNode merged = NODES.objectNode();
    JsonNode firstNonObject = null;
    for (Schema<?> part : schema.getAllOf()) {
      JsonNode value = build(part, direction, depth, inProgress);
      if (value instanceof ObjectNode object) {
        merged.setAll(object);
      } else if (value != null && !value.isNull() && firstNonObject == null) {
        firstNonObject = value;
      }
    }
    if (schema.getProperties() != null) {
      JsonNode own = object(schema, direction, depth, inProgress);
      if (own instanceof ObjectNode object) {
        merged.setAll(object);
      }
    }
    for (Schema<?> part : schema.getAllOf()) {
      Schema<?> resolved = resolver.resolve(part);
      if (resolved != null && Boolean.FALSE.equals(resolved.getAdditionalProperties())) {
        Set<String> allowed = resolved.getProperties() == null ? Set.of() : resolved.getProperties().keySet();
        merged.retain(allowed);
      }
    }
    if (merged.isEmpty() && firstNonObject != null) {
      return firstNonObject;
    }
    return merged;
  }

  JsonNode object(Schema<?> schema, Direction direction, int depth, Set<String> inProgress) {
    ObjectNode object = NODES.objectNode();
    if (tooDeep(depth)) {
      return object;
    }
    Set<String> required = schema.getRequired() == null ? Set.of() : new HashSet<>(schema.getRequired());
    Map<String, Schema> properties = schema.getProperties();
    if (properties != null) {
      for (Map.Entry<String, Schema> e : properties.entrySet()) {
        String name = e.getKey();
        Schema<?> property = e.getValue();
        boolean isRequired = required.contains(name);
        if (!isRequired && depth >= FULL_DEPTH) {
          continue;
        }
        Schema<?> target = resolver.resolve(property);
        if (target != null && skipFor(direction, property, target)) {
          continue;
        }
        JsonNode value = build(property, direction, depth + 1, inProgress);
        if (value == null) {
          if (isRequired) {
            object.set(name, emptyFor(target));
          }
          continue;
        }
        if (!isRequired && !match.matches(property, value)) {
          continue; // an optional value that cannot be made valid (e.g. a oneOf no value satisfies) is left out
        }
        object.set(name, value);
      }
    }
    if (!Boolean.FALSE.equals(schema.getAdditionalProperties())) {
      for (String name : required.stream().sorted().toList()) {
        if (properties == null || !properties.containsKey(name)) {
          object.put(name, "string");
        }
      }
    }
    if ((properties == null || properties.isEmpty()) && schema.getAdditionalProperties() instanceof Schema<?> extra
        && depth < FULL_DEPTH) {
      JsonNode value = build(extra, direction, depth + 1, inProgress);
      if (value != null) {
        object.set("key", value);
      }
    }
    return object;
  }

  private static boolean skipFor(Direction direction, Schema<?> property, Schema<?> target) {
    boolean readOnly = Boolean.TRUE.equals(property.getReadOnly()) || Boolean.TRUE.equals(target.getReadOnly());
    boolean writeOnly = Boolean.TRUE.equals(property.getWriteOnly()) || Boolean.TRUE.equals(target.getWriteOnly());
    return direction == Direction.REQUEST ? readOnly : writeOnly;
  }

  private static JsonNode emptyFor(Schema<?> target) {
    if (target == null) {
      return NODES.objectNode();
    }
    if (SchemaTypes.allowsNull(target)) {
      return NODES.nullNode();
    }
    return "array".equals(SchemaTypes.typeOf(target)) ? NODES.arrayNode() : NODES.objectNode();
  }

  private JsonNode array(Schema<?> schema, Direction direction, int depth, Set<String> inProgress) {
    ArrayNode array = NODES.arrayNode();
    Schema<?> items = schema.getItems();
    if (items == null && schema.getPrefixItems() != null) {
      for (Schema<?> prefix : schema.getPrefixItems()) {
        JsonNode value = build(prefix, direction, depth + 1, inProgress);
        array.add(value == null ? NODES.nullNode() : value);
      }
      return array;
    }
    if (tooDeep(depth) || depth > MAX_DEPTH && (schema.getMinItems() == null || schema.getMinItems() == 0)) {
      return array;
    }
    int min = schema.getMinItems() == null ? 1 : Math.max(1, schema.getMinItems());
    if (schema.getMaxItems() != null) {
      min = Math.min(min, schema.getMaxItems());
    }
    min = Math.min(min, 3);
    for (int i = 0; i < min; i++) {
      JsonNode value = build(items, direction, depth + 1, inProgress);
      if (value == null) {
        break;
      }
      if (i > 0 && Boolean.TRUE.equals(schema.getUniqueItems())) {
        value = distinct(value, i);
      }
      array.add(value);
    }
    return array;
  }

  private static JsonNode distinct(JsonNode value, int index) {
    if (value.isTextual()) {
      return NODES.textNode(value.asText() + index);
    }
    if (value.isIntegralNumber()) {
      return NODES.numberNode(value.asLong() + index);
    }
    return value;
  }
}
