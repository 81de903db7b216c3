package dev.assistcodegen.examples;

import static dev.assistcodegen.examples.JsonValues.NODES;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.media.Schema;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Makes an example value for a schema: the spec's own example when it has one, otherwise a
 * value synthesised to be valid against the schema, of a bounded size. Required properties are
 * always filled; optional ones level by level, the top level first, within an {@link ExampleBudget}
 * (see {@link #example}). A schema met again on the current path (a cycle) or already built in
 * full earlier in the same value is cut to its required minimum. This class dispatches on the
 * schema's shape; {@link DeclaredExamples}, {@link Alternatives} and {@link ScalarValues} make the
 * values of each kind.
 */
public final class ExampleFactory {
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
  private final ExampleBudget budget;
  private final SchemaMatch match;
  private final Alternatives alternatives;
  /** Each object schema's properties as a direction sees them, worked out once (identity of the schema object). */
  private final Map<Direction, Map<Schema<?>, ObjectShape>> shapes = new EnumMap<>(Direction.class);
  /** Required minimums already made, by {@code $ref}, per direction. */
  private final Map<Direction, Map<String, Minimum>> minimums = new EnumMap<>(Direction.class);
  /** Examples already made, by {@code $ref} and by schema object (identity), per direction. */
  private final Map<Direction, Map<Object, ExampleValue>> madeByRef = new EnumMap<>(Direction.class);
  private final Map<Direction, Map<Object, ExampleValue>> madeBySchema = new EnumMap<>(Direction.class);

  public ExampleFactory(SchemaResolver resolver) {
    this(resolver, ExampleBudget.DEFAULT);
  }

  public ExampleFactory(SchemaResolver resolver, ExampleBudget budget) {
    this.resolver = resolver;
    this.budget = budget;
    this.match = new SchemaMatch(resolver);
    this.alternatives = new Alternatives(this, resolver, match);
    for (Direction direction : Direction.values()) {
      madeByRef.put(direction, new HashMap<>());
      madeBySchema.put(direction, new IdentityHashMap<>());
      shapes.put(direction, new IdentityHashMap<>());
      minimums.put(direction, new HashMap<>());
    }
  }

  /**
   * The example of a schema. Optional properties are added one level deeper per pass (breadth
   * first: the top level is complete before anything below it): pass 0 builds the required
   * minimum, pass n adds the optional properties of level n to what pass n-1 showed, in document
   * order, while the characters left in the budget last. The last pass that fits is the example;
   * it is {@link ExampleValue#shortened} when an optional property was left out for the budget or for
   * lying deeper than {@link ExampleBudget#maxLevel}.
   */
  public ExampleValue example(Schema<?> schema, Direction direction) {
    // a value depends only on the schema and the direction: operations that share a schema (a $ref, or one
    // response object reused by many operations) share its example, built once
    boolean byRef = schema != null && schema.get$ref() != null && DeclaredExamples.of(schema) == null;
    Map<Object, ExampleValue> made = byRef ? madeByRef.get(direction) : madeBySchema.get(direction);
    Object key = byRef ? schema.get$ref() : schema;
    ExampleValue value = made.get(key);
    if (value == null) {
      value = build(schema, direction);
      made.put(key, value);
    }
    return value;
  }

  private ExampleValue build(Schema<?> schema, Direction direction) {
    Walk required = new Walk(direction, 0, 0);
    JsonNode value = root(schema, required);
    if (!required.cutByLevel) {
      return new ExampleValue(value, false);
    }
    for (int limit = 1; limit <= budget.maxLevel(); limit++) {
      int left = budget.maxChars() - JsonValues.compactLength(value);
      if (left <= 0) {
        return new ExampleValue(value, true);
      }
      Walk walk = new Walk(direction, limit, left);
      value = root(schema, walk);
      if (walk.cutByBudget) {
        return new ExampleValue(value, true);
      }
      if (!walk.cutByLevel) {
        return new ExampleValue(value, false);
      }
    }
    return new ExampleValue(value, true);
  }

  private JsonNode root(Schema<?> schema, Walk walk) {
    JsonNode value = build(schema, walk, 0, 0);
    return value == null ? NODES.nullNode() : value;
  }

  /**
   * An example for a path, query, header or cookie parameter. These travel as text, and a
   * validator reads a number's text as a number or as a string: for oneOf [integer, string] the
   * value 1 matches both branches on the wire, so a value only a string branch accepts is taken.
   */
  public JsonNode parameterExample(Schema<?> schema) {
    JsonNode value = example(schema, Direction.REQUEST).value();
    Schema<?> s = resolver.resolve(schema);
    if (s == null || s.getOneOf() == null || s.getOneOf().size() < 2 || value.isTextual() || !value.isValueNode()
        || !match.matches(s, value) || match.countMatching(s.getOneOf(), NODES.textNode(value.asText())) == 0) {
      return value;
    }
    for (Schema<?> branch : s.getOneOf()) {
      JsonNode text = build(branch, new Walk(Direction.REQUEST, budget.maxLevel(), budget.maxChars()), 0, 0);
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

  /** Past MAX_DEPTH only required parts go on, within bounds. */
  private static boolean tooDeep(Walk walk, int depth) {
    if (depth > REQUIRED_DEPTH || depth > MAX_DEPTH && walk.nodes > NODE_BUDGET) {
      walk.dependsOn = -1;
      return true;
    }
    return false;
  }

  /** The value of a schema at {@code depth} (any nesting) and {@code level} (nested objects), or null for a cut cycle. */
  JsonNode build(Schema<?> schema, Walk walk, int depth, int level) {
    walk.nodes++;
    if (schema == null) {
      return NODES.objectNode();
    }
    String ref = schema.get$ref();
    if (ref != null) {
      return referenced(schema, ref, walk, depth, level);
    }
    JsonNode own = DeclaredExamples.of(schema);
    if (own != null) {
      return own;
    }
    if (schema.getAllOf() != null && !schema.getAllOf().isEmpty()) {
      return allOf(schema, walk, depth, level);
    }
    List<Schema> choices = schema.getOneOf() != null && !schema.getOneOf().isEmpty()
        ? schema.getOneOf() : schema.getAnyOf();
    if (choices != null && !choices.isEmpty()) {
      return alternatives.value(schema, choices, walk, depth, level);
    }
    return switch (SchemaTypes.typeOf(schema)) {
      case "object" -> object(schema, walk, depth, level);
      case "array" -> array(schema, walk, depth, level);
      case "string" -> NODES.textNode(ScalarValues.string(schema));
      case "integer" -> ScalarValues.integer(schema);
      case "number" -> ScalarValues.number(schema);
      case "boolean" -> NODES.booleanNode(true);
      case "null" -> NODES.nullNode();
      default -> NODES.textNode("string");
    };
  }

  /** True when building {@code ref} now would repeat one on the current path (and its one re-entry is used). */
  boolean isCycle(String ref, Walk walk) {
    if (walk.building(ref) && !ref.equals(walk.reentry)) {
      walk.dependOn(ref);
      return true;
    }
    return false;
  }

  /** A {@code $ref}: null when it repeats one being built (a cycle) or is too deep; the target's value otherwise. */
  private JsonNode referenced(Schema<?> schema, String ref, Walk walk, int depth, int level) {
    if (isCycle(ref, walk) || tooDeep(walk, depth)) {
      return null;
    }
    boolean again = walk.building(ref);
    if (again) {
      walk.reentry = null; // a cycle's required minimum: its own repeats inside are cut
      walk.dependOn(ref);
    }
    if (walk.requiredOnly == 0 || again) {
      return target(schema, ref, walk, depth, level, again);
    }
    // a required minimum depends only on the schema, unless a decision inside it depended on what was being
    // built around it (a cycle cut, a depth guard): made once per $ref
    Minimum known = minimums.get(walk.direction).get(ref);
    if (known != null) {
      walk.omissions += known.omitted() ? 1 : 0;
      return known.value().deepCopy();
    }
    int around = walk.dependsOn;
    int omissions = walk.omissions;
    int inside = walk.pathLength();
    walk.dependsOn = Integer.MAX_VALUE;
    JsonNode value = target(schema, ref, walk, depth, level, false);
    if (value != null && walk.dependsOn >= inside) {
      minimums.get(walk.direction).put(ref, new Minimum(value.deepCopy(), walk.omissions != omissions));
    }
    walk.dependsOn = Math.min(around, walk.dependsOn);
    return value;
  }

  /** A required minimum made once, and whether it left optional properties out. */
  private record Minimum(JsonNode value, boolean omitted) {}

  /** The value of a $ref's target (or its own declared example, or a mapped subtype's value). */
  private JsonNode target(Schema<?> schema, String ref, Walk walk, int depth, int level, boolean again) {
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
      JsonNode subtype = alternatives.subtype(ref, target, walk, depth, level);
      if (subtype != null) {
        return subtype;
      }
    }
    if (own != null) {
      return own;
    }
    if (again) {
      return build(target, walk, depth, level);
    }
    walk.enter(ref);
    try {
      return build(target, walk, depth, level);
    } finally {
      walk.leave(ref);
    }
  }

  private JsonNode allOf(Schema<?> schema, Walk walk, int depth, int level) {
    ObjectNode merged = NODES.objectNode();
    JsonNode firstNonObject = null;
    for (Schema<?> part : schema.getAllOf()) {
      JsonNode value = build(part, walk, depth, level);
      if (value instanceof ObjectNode object) {
        merged.setAll(object);
      } else if (value != null && !value.isNull() && firstNonObject == null) {
        firstNonObject = value;
      }
    }
    if (schema.getProperties() != null) {
      JsonNode own = object(schema, walk, depth, level);
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

  /** An object's value: every required property, optional ones as far as the walk's level and budget allow. */
  JsonNode object(Schema<?> schema, Walk walk, int depth, int level) {
    ObjectNode object = NODES.objectNode();
    if (tooDeep(walk, depth)) {
      return object;
    }
    ObjectShape shape = shapes.get(walk.direction).computeIfAbsent(schema, s -> ObjectShape.of(s, walk.direction,
        resolver));
    boolean optionalOpen = walk.requiredOnly == 0 && level + 1 <= walk.levelLimit;
    if (!optionalOpen && shape.hasOptional()) {
      optionalAllowed(walk, level + 1); // counts what is left out, for the pass and the "shortened" flag
    }
    for (ObjectShape.Property p : optionalOpen ? shape.properties() : shape.required()) {
      property(object, p.name(), p.schema(), p.slot(), p.required(), walk, depth + 1, level + 1);
    }
    for (String name : shape.undeclaredRequired()) {
      object.put(name, "string");
    }
    if (shape.additional() != null && optionalAllowed(walk, level + 1)) {
      property(object, "key", shape.additional(), slotRef(shape.additional()), false, walk, depth + 1, level + 1);
    }
    return object;
  }

  /**
   * Sets one property of {@code object}. A property whose schema is being built on the current
   * path, or was built in full earlier in this value, gets that schema's required minimum (an
   * optional one is left out when that minimum is an empty object).
   */
  private void property(ObjectNode object, String name, Schema<?> property, String slotRef, boolean isRequired,
      Walk walk, int depth, int level) {
    // past the deepest level of this walk (only required properties get there), and for a schema met again,
    // the value is the schema's required minimum
    boolean repeat = slotRef != null && (walk.building(slotRef) || walk.expanded.contains(slotRef));
    boolean minimal = walk.requiredOnly == 0 && (repeat || level > walk.levelLimit);
    int omissions = walk.omissions;
    JsonNode value = minimal ? minimum(property, slotRef, walk, depth, level) : build(property, walk, depth, level);
    if (minimal && !repeat && walk.omissions != omissions) {
      walk.cutByLevel = true; // a deeper pass shows what this minimum left out
    }
    if (value == null) {
      if (isRequired) {
        object.set(name, emptyFor(resolver.resolve(property)));
      }
      return;
    }
    if (!isRequired && (minimal && value.isObject() && value.isEmpty() || !match.matches(property, value))) {
      // an empty required minimum says nothing; an optional value that cannot be made valid (e.g. a oneOf no
      // value satisfies) is left out
      return;
    }
    if (!isRequired && !withinBudget(walk, level, name, value)) {
      return;
    }
    object.set(name, value);
    if (walk.requiredOnly == 0 && slotRef != null && !minimal && walk.omissions == omissions) {
      walk.expanded.add(slotRef);
    }
  }

  /** The required minimum of a property's schema: its required properties only (arrays keep their one item). */
  private JsonNode minimum(Schema<?> property, String slot, Walk walk, int depth, int level) {
    String reentry = walk.reentry;
    walk.requiredOnly++;
    walk.reentry = slot != null && walk.building(slot) ? slot : null;
    try {
      return build(property, walk, depth, level);
    } finally {
      walk.requiredOnly--;
      walk.reentry = reentry;
    }
  }

  /** Whether an optional property on {@code level} may be filled; counts it as left out when not. */
  private static boolean optionalAllowed(Walk walk, int level) {
    if (walk.requiredOnly > 0) {
      walk.omissions++;
      return false;
    }
    if (level > walk.levelLimit) {
      walk.omissions++;
      walk.cutByLevel = true;
      return false;
    }
    return true;
  }

  /** Whether an optional property's value fits: only the deepest level of a walk spends its budget. */
  private static boolean withinBudget(Walk walk, int level, String name, JsonNode value) {
    if (level < walk.levelLimit) {
      return true;
    }
    int size = JsonValues.compactLength(NODES.textNode(name)) + 2 + JsonValues.compactLength(value);
    if (walk.spent + size > walk.levelBudget) {
      walk.omissions++;
      walk.cutByBudget = true;
      return false;
    }
    walk.spent += size;
    return true;
  }

  /**
   * The named schema a property holds, for telling a repeat: its {@code $ref}, that of its array
   * items, of a lone {@code allOf} part, or of the one referenced alternative beside null-only ones
   * ({@code anyOf: [{$ref: ...}, {nullable: true}]}, as OData-derived specs write navigation
   * properties). Null for anything else.
   */
  static String slotRef(Schema<?> property) {
    if (property == null) {
      return null;
    }
    if (property.get$ref() != null) {
      return property.get$ref();
    }
    if (property.getItems() != null && "array".equals(SchemaTypes.typeOf(property))) {
      return slotRef(property.getItems());
    }
    if (property.getAllOf() != null && property.getAllOf().size() == 1 && property.getProperties() == null) {
      return property.getAllOf().get(0).get$ref();
    }
    List<Schema> choices = property.getOneOf() != null ? property.getOneOf() : property.getAnyOf();
    if (choices == null || property.getProperties() != null) {
      return null;
    }
    String ref = null;
    for (Schema<?> choice : choices) {
      if (choice.get$ref() != null && ref == null) {
        ref = choice.get$ref();
      } else if (!isNullOnly(choice)) {
        return null;
      }
    }
    return ref;
  }

  private static boolean isNullOnly(Schema<?> schema) {
    return "null".equals(SchemaTypes.typeOf(schema)) || Boolean.TRUE.equals(schema.getNullable())
        && schema.get$ref() == null && schema.getProperties() == null && schema.getItems() == null
        && schema.getAllOf() == null && schema.getAnyOf() == null && schema.getOneOf() == null;
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

  /** An array's value: one item (or minItems, up to three). */
  private JsonNode array(Schema<?> schema, Walk walk, int depth, int level) {
    ArrayNode array = NODES.arrayNode();
    Schema<?> items = schema.getItems();
    if (items == null && schema.getPrefixItems() != null) {
      for (Schema<?> prefix : schema.getPrefixItems()) {
        JsonNode value = build(prefix, walk, depth + 1, level);
        array.add(value == null ? NODES.nullNode() : value);
      }
      return array;
    }
    if (tooDeep(walk, depth) || depth > MAX_DEPTH && (schema.getMinItems() == null || schema.getMinItems() == 0)) {
      return array;
    }
    int min = schema.getMinItems() == null ? 1 : Math.max(1, schema.getMinItems());
    if (schema.getMaxItems() != null) {
      min = Math.min(min, schema.getMaxItems());
    }
    min = Math.min(min, 3);
    for (int i = 0; i < min; i++) {
      JsonNode value = build(items, walk, depth + 1, level);
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
