package dev.assistcodegen.load;

import static dev.assistcodegen.load.JsonValues.NODES;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.media.Discriminator;
import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Makes an example value for a schema: the spec's own example when it has one, otherwise a
 * value synthesised to be valid against the schema. Recursion is cut off by depth and by
 * reference cycles, leaving out optional parts rather than writing an error into the value.
 */
final class ExampleFactory {
  /** Past this depth only required properties are filled in. */
  private static final int FULL_DEPTH = 6;
  /** Past this depth nothing more is nested, except what is required (e.g. 30 required levels). */
  private static final int MAX_DEPTH = 12;
  /** Required nesting stops here, or past MAX_DEPTH once a value has NODE_BUDGET nodes. */
  private static final int REQUIRED_DEPTH = 64;
  private static final int NODE_BUDGET = 5_000;
  private static final String[] STRING_CANDIDATES = {
      "string", "example", "abc123", "sample-value", "a", "A", "1", "0", "abc", "ABC", "Example Value",
      "example@example.com", "https://example.com", "2024-01-15", "2024-01-15T09:30:00Z", "a-1"};

  /** A {@code $ref} that points nowhere: the caller turns it into an error that says where. */
  static final class UnresolvedRef extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final String ref;

    UnresolvedRef(String ref) {
      super(ref, null, false, false);
      this.ref = ref;
    }
  }

  /** Whether the value is for a request (readOnly left out) or a response (writeOnly left out). */
  enum Direction { REQUEST, RESPONSE }

  private final SchemaResolver resolver;
  /** Nodes built for the current value (one value at a time: a loader is single-threaded). */
  private int nodes;
  private final SchemaMatch match;

  ExampleFactory(SchemaResolver resolver) {
    this.resolver = resolver;
    this.match = new SchemaMatch(resolver);
  }

  JsonNode example(Schema<?> schema, Direction direction) {
    nodes = 0;
    JsonNode value = build(schema, direction, 0, new HashSet<>());
    return value == null ? NODES.nullNode() : value;
  }

  /**
   * An example for a path, query, header or cookie parameter. These travel as text, and a
   * validator reads a number's text as a number or as a string: for oneOf [integer, string] the
   * value 1 matches both branches on the wire, so a value only a string branch accepts is taken.
   */
  JsonNode parameterExample(Schema<?> schema) {
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

  /** The spec's own example of a schema (after following $ref), or null. */
  JsonNode declaredExample(Schema<?> schema) {
    Schema<?> s = resolver.resolve(schema);
    return s == null ? null : ownExample(s);
  }

  /** Past MAX_DEPTH only required parts go on (objects fill only those past FULL_DEPTH), within bounds. */
  private boolean tooDeep(int depth) {
    return depth > REQUIRED_DEPTH || depth > MAX_DEPTH && nodes > NODE_BUDGET;
  }

  private JsonNode build(Schema<?> schema, Direction direction, int depth, Set<String> inProgress) {
    nodes++;
    if (schema == null) {
      return NODES.objectNode();
    }
    String ref = schema.get$ref();
    if (ref != null) {
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
      if (ownExample(schema) == null && ownExample(target) == null) {
        JsonNode subtype = subtype(ref, target, direction, depth, inProgress);
        if (subtype != null) {
          return subtype;
        }
      }
      inProgress.add(ref);
      try {
        JsonNode own = ownExample(schema);
        return own != null ? own : build(target, direction, depth, inProgress);
      } finally {
        inProgress.remove(ref);
      }
    }
    JsonNode own = ownExample(schema);
    if (own != null) {
      return own;
    }
    if (schema.getAllOf() != null && !schema.getAllOf().isEmpty()) {
      return allOf(schema, direction, depth, inProgress);
    }
    List<Schema> alternatives = schema.getOneOf() != null && !schema.getOneOf().isEmpty()
        ? schema.getOneOf() : schema.getAnyOf();
    if (alternatives != null && !alternatives.isEmpty()) {
      return alternative(schema, alternatives, direction, depth, inProgress);
    }
    String type = typeOf(schema);
    switch (type) {
      case "object":
        return object(schema, direction, depth, inProgress);
      case "array":
        return array(schema, direction, depth, inProgress);
      case "string":
        return NODES.textNode(string(schema));
      case "integer":
        return integer(schema);
      case "number":
        return number(schema);
      case "boolean":
        return NODES.booleanNode(true);
      case "null":
        return NODES.nullNode();
      default:
        return NODES.textNode("string");
    }
  }

  private JsonNode ownExample(Schema<?> schema) {
    if (schema.getConst() != null) {
      return JsonValues.toJson(schema.getConst());
    }
    // an example or default outside the schema's own enum (e.g. "Choose...") is a label, not a value
    if (schema.getExample() != null && inEnum(schema, schema.getExample())
        && fitsType(schema, JsonValues.toJson(schema.getExample()))
        && fitsFormat(schema, JsonValues.toJson(schema.getExample()))) {
      return JsonValues.toJson(schema.getExample());
    }
    if (schema.getExampleSetFlag() && schema.getExample() == null && Boolean.TRUE.equals(schema.getNullable())) {
      return NODES.nullNode();
    }
    if (schema.getExamples() != null && !schema.getExamples().isEmpty()) {
      for (Object example : schema.getExamples()) {
        if (fitsFormat(schema, JsonValues.toJson(example))) {
          return JsonValues.toJson(example);
        }
      }
    }
    if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
      for (Object value : schema.getEnum()) {
        if (value != null) {
          return JsonValues.toJson(value);
        }
      }
      return NODES.nullNode();
    }
    if (schema.getDefault() != null && inEnum(schema, schema.getDefault())
        && fitsType(schema, JsonValues.toJson(schema.getDefault()))) {
      JsonNode value = JsonValues.toJson(schema.getDefault());
      if (!value.isNull() || Boolean.TRUE.equals(schema.getNullable()) || typesOf(schema).contains("null")
          || typesOf(schema).isEmpty()) {
        return value;
      }
    }
    return null;
  }

  /** False when a declared type rules the value out (e.g. "" as an integer's default). */
  private static boolean fitsType(Schema<?> schema, JsonNode value) {
    List<String> types = typesOf(schema);
    if (types.isEmpty() || value.isNull()) {
      return true;
    }
    for (String type : types) {
      boolean fits = switch (type) {
        case "string" -> value.isTextual();
        case "integer" -> value.isIntegralNumber() || value.isNumber() && value.decimalValue().stripTrailingZeros().scale() <= 0;
        case "number" -> value.isNumber();
        case "boolean" -> value.isBoolean();
        case "array" -> value.isArray();
        case "object" -> value.isObject();
        case "null" -> false;
        default -> true;
      };
      if (fits) {
        return true;
      }
    }
    return false;
  }

  private static final Map<String, Pattern> FORMATS = Map.of(
      "uuid", Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"),
      "date", Pattern.compile("\\d{4}-\\d{2}-\\d{2}"),
      "date-time", Pattern.compile("\\d{4}-\\d{2}-\\d{2}[Tt ]\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?([Zz]|[+-]\\d{2}:\\d{2})"));

  /**
   * False when a string example breaks the schema's uuid, date or date-time format (validators
   * such as Prism check these): a sloppy example, e.g. a UUID one digit short, is not sent.
   */
  static boolean fitsFormat(Schema<?> schema, JsonNode value) {
    Pattern format = schema.getFormat() == null ? null : FORMATS.get(schema.getFormat());
    return format == null || !value.isTextual() || format.matcher(value.asText()).matches();
  }

  private static boolean inEnum(Schema<?> schema, Object value) {
    if (schema.getEnum() == null || schema.getEnum().isEmpty()) {
      return true;
    }
    JsonNode json = JsonValues.toJson(value);
    for (Object allowed : schema.getEnum()) {
      if (JsonValues.toJson(allowed).equals(json)) {
        return true;
      }
    }
    return false;
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

  /**
   * A value for a oneOf/anyOf schema. For oneOf the value must match exactly one branch (Prism and
   * any JSON Schema validator refuse a value two branches accept, discriminator or not): the first
   * branch whose own value is valid against the whole schema wins; failing that, a branch's value
   * is made distinct (see {@link #distinguish}); failing that, the first branch's value.
   */
  private JsonNode alternative(Schema<?> schema, List<Schema> alternatives, Direction direction, int depth,
      Set<String> inProgress) {
    boolean exactlyOne = schema.getOneOf() != null && !schema.getOneOf().isEmpty();
    List<Integer> branches = new ArrayList<>();
    List<JsonNode> values = new ArrayList<>();
    for (int i = 0; i < alternatives.size(); i++) {
      JsonNode value = branchValue(schema, alternatives.get(i), direction, depth, inProgress);
      if (value == null) {
        continue;
      }
      if (!exactlyOne || match.matches(schema, value)) {
        return value;
      }
      branches.add(i);
      values.add(value);
    }
    for (int k = 0; k < values.size(); k++) {
      JsonNode distinct = distinguish(schema, alternatives, branches.get(k), values.get(k));
      if (distinct != null) {
        return distinct;
      }
    }
    return values.isEmpty() ? NODES.nullNode() : values.get(0);
  }

  /** The value of one oneOf/anyOf branch (with the discriminator and the parent's own properties), or null. */
  private JsonNode branchValue(Schema<?> schema, Schema<?> candidate, Direction direction, int depth,
      Set<String> inProgress) {
    if ("null".equals(typeOf(candidate))) {
      return null;
    }
    if (isConstraintOnly(candidate) && (schema.getProperties() != null || "object".equals(typeOf(schema)))) {
      // e.g. oneOf: [{required: [a]}, {required: [b]}] beside the parent's properties
      Schema<Object> refined = new Schema<>();
      refined.setType("object");
      refined.setProperties(schema.getProperties());
      refined.setAdditionalProperties(schema.getAdditionalProperties());
      List<String> required = new ArrayList<>(schema.getRequired() == null ? List.of() : schema.getRequired());
      if (candidate.getRequired() != null) {
        candidate.getRequired().stream().filter(r -> !required.contains(r)).forEach(required::add);
      }
      refined.setRequired(required);
      return object(refined, direction, depth, inProgress);
    }
    if (candidate.get$ref() != null && inProgress.contains(candidate.get$ref())) {
      return null;
    }
    JsonNode value = build(candidate, direction, depth, inProgress);
    if (value instanceof ObjectNode object) {
      Discriminator discriminator = schema.getDiscriminator();
      if (discriminator == null) {
        Schema<?> target = resolver.resolve(candidate);
        discriminator = target == null ? null : target.getDiscriminator();
      }
      if (discriminator != null && discriminator.getPropertyName() != null) {
        object.put(discriminator.getPropertyName(), discriminatorValue(discriminator, candidate));
      }
      if (schema.getProperties() != null) {
        JsonNode own = object(schema, direction, depth, inProgress);
        if (own instanceof ObjectNode extra) {
          extra.fields().forEachRemaining(e -> {
            if (!object.has(e.getKey())) {
              object.set(e.getKey(), e.getValue());
            }
          });
        }
      }
    }
    return value;
  }

  /**
   * Makes an object value of branch {@code own} fail every other branch that also accepts it:
   * first by leaving out properties only the other branch requires, then by adding a property
   * only the other branch declares, with a value that branch refuses (e.g. {@code "bark": "other"}
   * beside a Cat's properties when Dog declares {@code bark} a boolean and nothing is required).
   * Null when the result would still not be valid against the whole schema.
   */
  private JsonNode distinguish(Schema<?> schema, List<Schema> alternatives, int own, JsonNode value) {
    if (!(value instanceof ObjectNode original)) {
      return null;
    }
    ObjectNode v = original.deepCopy();
    Schema<?> branch = alternatives.get(own);
    Set<String> keep = new HashSet<>(requiredOf(branch));
    keep.addAll(requiredOf(schema));
    if (schema.getDiscriminator() != null && schema.getDiscriminator().getPropertyName() != null) {
      keep.add(schema.getDiscriminator().getPropertyName());
    }
    for (int j = 0; j < alternatives.size(); j++) {
      Schema<?> other = alternatives.get(j);
      if (j == own || !match.matches(other, v)) {
        continue;
      }
      for (String name : requiredOf(other)) {
        if (!keep.contains(name) && match.matches(branch, without(v, name))) {
          v.remove(name);
        }
      }
      if (match.matches(other, v)) {
        refuse(v, branch, other);
      }
    }
    return match.matches(schema, v) ? v : null;
  }

  private static ObjectNode without(ObjectNode v, String name) {
    ObjectNode copy = v.deepCopy();
    copy.remove(name);
    return copy;
  }

  /** Adds to {@code v} a property {@code other} declares, with a value it refuses and {@code branch} allows. */
  private void refuse(ObjectNode v, Schema<?> branch, Schema<?> other) {
    JsonNode[] wrongs = {NODES.textNode("other"), NODES.numberNode(0), NODES.booleanNode(false), NODES.arrayNode()};
    for (Map.Entry<String, Schema> property : propertiesOf(other).entrySet()) {
      if (v.has(property.getKey())) {
        continue;
      }
      for (JsonNode wrong : wrongs) {
        if (match.matches(property.getValue(), wrong)) {
          continue;
        }
        v.set(property.getKey(), wrong);
        if (match.matches(branch, v) && !match.matches(other, v)) {
          return;
        }
        v.remove(property.getKey());
      }
    }
  }

  /** Required property names of a schema, its $ref target and its allOf parts. */
  private Set<String> requiredOf(Schema<?> schema) {
    Set<String> out = new HashSet<>();
    collect(schema, out, null, 0);
    return out;
  }

  /** Declared properties of a schema, its $ref target and its allOf parts (first declaration wins). */
  private Map<String, Schema> propertiesOf(Schema<?> schema) {
    Map<String, Schema> out = new TreeMap<>();
    collect(schema, null, out, 0);
    return out;
  }

  private void collect(Schema<?> schema, Set<String> required, Map<String, Schema> properties, int depth) {
    Schema<?> s = resolver.resolve(schema);
    if (s == null || depth > 8) {
      return;
    }
    if (required != null && s.getRequired() != null) {
      required.addAll(s.getRequired());
    }
    if (properties != null && s.getProperties() != null) {
      s.getProperties().forEach(properties::putIfAbsent);
    }
    if (s.getAllOf() != null) {
      for (Schema<?> part : s.getAllOf()) {
        collect(part, required, properties, depth + 1);
      }
    }
  }

  private static boolean isConstraintOnly(Schema<?> candidate) {
    return candidate.get$ref() == null && typeOf(candidate).isEmpty() && candidate.getAllOf() == null
        && candidate.getOneOf() == null && candidate.getAnyOf() == null && candidate.getEnum() == null
        && candidate.getConst() == null;
  }

  private static String discriminatorValue(Discriminator discriminator, Schema<?> candidate) {
    String ref = candidate.get$ref();
    if (discriminator.getMapping() != null && ref != null) {
      for (Map.Entry<String, String> e : discriminator.getMapping().entrySet()) {
        if (ref.equals(e.getValue()) || ref.endsWith("/" + e.getValue())) {
          return e.getKey();
        }
      }
    }
    if (ref != null) {
      return ref.substring(ref.lastIndexOf('/') + 1);
    }
    return "string";
  }

  /**
   * allOf inheritance: a base schema whose discriminator maps to subtypes (and that has no
   * oneOf/anyOf of its own) stands for one of them, so the value is the first mapped subtype's,
   * with the discriminator property set to its mapping key. Null when building the base for
   * one of its subtypes (a subtype is in progress) or when no subtype can be built.
   */
  private JsonNode subtype(String ref, Schema<?> base, Direction direction, int depth, Set<String> inProgress) {
    Discriminator discriminator = base.getDiscriminator();
    if (discriminator == null || discriminator.getPropertyName() == null || discriminator.getMapping() == null
        || base.getOneOf() != null || base.getAnyOf() != null) {
      return null;
    }
    List<Map.Entry<String, String>> subtypes = new ArrayList<>();
    for (Map.Entry<String, String> e : discriminator.getMapping().entrySet()) {
      String target = e.getValue() == null ? "" : e.getValue().contains("/") ? e.getValue()
          : "#/components/schemas/" + e.getValue();
      if (inProgress.contains(target)) {
        return null;
      }
      if (!target.equals(ref) && resolver.exists(target)) {
        subtypes.add(Map.entry(e.getKey(), target));
      }
    }
    for (Map.Entry<String, String> e : subtypes) {
      Schema<Object> subtypeRef = new Schema<>();
      subtypeRef.set$ref(e.getValue());
      if (build(subtypeRef, direction, depth, inProgress) instanceof ObjectNode value) {
        value.put(discriminator.getPropertyName(), e.getKey());
        return value;
      }
    }
    return null;
  }

  private JsonNode object(Schema<?> schema, Direction direction, int depth, Set<String> inProgress) {
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

  private JsonNode emptyFor(Schema<?> target) {
    if (target == null) {
      return NODES.objectNode();
    }
    if (Boolean.TRUE.equals(target.getNullable()) || typesOf(target).contains("null")) {
      return NODES.nullNode();
    }
    return "array".equals(typeOf(target)) ? NODES.arrayNode() : NODES.objectNode();
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

  private static String string(Schema<?> schema) {
    String format = schema.getFormat() == null ? "" : schema.getFormat();
    String value = switch (format) {
      case "date" -> "2024-01-15";
      case "date-time" -> "2024-01-15T09:30:00Z";
      case "time" -> "09:30:00";
      case "duration" -> "P1D";
      case "email", "idn-email" -> "user@example.com";
      case "uuid" -> "3fa85f64-5717-4562-b3fc-2c963f66afa6";
      case "uri", "url", "iri", "uri-reference", "iri-reference" -> "https://example.com";
      case "uri-template" -> "https://example.com/{id}";
      case "hostname", "idn-hostname" -> "example.com";
      case "ipv4" -> "192.0.2.10";
      case "ipv6" -> "2001:db8::10";
      case "byte" -> "ZXhhbXBsZQ==";
      case "binary" -> "";
      case "password" -> "example-password";
      case "regex" -> "^[a-z]+$";
      case "json-pointer" -> "/example";
      default -> "string";
    };
    String pattern = schema.getPattern();
    if (pattern != null && !(matches(pattern, value) && fitsLength(schema, value))) {
      Optional<String> generated = PatternStrings.matching(pattern, schema.getMinLength(), schema.getMaxLength());
      if (generated.isPresent()) {
        return generated.get();
      }
      for (String candidate : STRING_CANDIDATES) {
        if (matches(pattern, candidate) && fitsLength(schema, candidate)) {
          return candidate;
        }
      }
    }
    return fitLength(schema, value);
  }

  private static boolean matches(String pattern, String value) {
    try {
      return Pattern.compile(pattern).matcher(value).find();
    } catch (PatternSyntaxException e) {
      return true;
    }
  }

  private static boolean fitsLength(Schema<?> schema, String value) {
    int length = value.codePointCount(0, value.length());
    return (schema.getMinLength() == null || length >= schema.getMinLength())
        && (schema.getMaxLength() == null || length <= schema.getMaxLength());
  }

  private static String fitLength(Schema<?> schema, String value) {
    StringBuilder out = new StringBuilder(value);
    if (schema.getMinLength() != null) {
      while (out.length() < schema.getMinLength()) {
        out.append('x');
      }
    }
    if (schema.getMaxLength() != null && out.length() > schema.getMaxLength()) {
      out.setLength(schema.getMaxLength());
    }
    return out.toString();
  }

  private static JsonNode integer(Schema<?> schema) {
    BigDecimal low = lowerBound(schema);
    BigDecimal high = upperBound(schema);
    long value = 1;
    if (low != null) {
      value = low.setScale(0, RoundingMode.CEILING).longValue();
      if (isExclusiveMin(schema) && BigDecimal.valueOf(value).compareTo(low) <= 0) {
        value++;
      }
    } else if (high != null && high.compareTo(BigDecimal.ONE) < 0) {
      value = high.setScale(0, RoundingMode.FLOOR).longValue();
      if (isExclusiveMax(schema) && BigDecimal.valueOf(value).compareTo(high) >= 0) {
        value--;
      }
    }
    if (schema.getMultipleOf() != null && schema.getMultipleOf().signum() > 0) {
      BigDecimal step = schema.getMultipleOf();
      BigDecimal rounded = BigDecimal.valueOf(value).divide(step, 0, RoundingMode.CEILING).multiply(step);
      value = rounded.longValue();
    }
    return NODES.numberNode(value);
  }

  private static JsonNode number(Schema<?> schema) {
    BigDecimal low = lowerBound(schema);
    BigDecimal high = upperBound(schema);
    BigDecimal value = new BigDecimal("1.5");
    if (low != null) {
      value = isExclusiveMin(schema) ? low.add(BigDecimal.ONE) : low;
      if (high != null && (value.compareTo(high) > 0 || isExclusiveMax(schema) && value.compareTo(high) >= 0)) {
        value = low.add(high).divide(BigDecimal.valueOf(2));
      }
    } else if (high != null && high.compareTo(value) < 0) {
      value = isExclusiveMax(schema) ? high.subtract(BigDecimal.ONE) : high;
    }
    if (schema.getMultipleOf() != null && schema.getMultipleOf().signum() > 0) {
      BigDecimal step = schema.getMultipleOf();
      value = value.divide(step, 0, RoundingMode.CEILING).multiply(step);
    }
    return NODES.numberNode(value.stripTrailingZeros());
  }

  private static BigDecimal lowerBound(Schema<?> schema) {
    if (schema.getExclusiveMinimumValue() != null) {
      return schema.getExclusiveMinimumValue();
    }
    return schema.getMinimum();
  }

  private static BigDecimal upperBound(Schema<?> schema) {
    if (schema.getExclusiveMaximumValue() != null) {
      return schema.getExclusiveMaximumValue();
    }
    return schema.getMaximum();
  }

  private static boolean isExclusiveMin(Schema<?> schema) {
    return schema.getExclusiveMinimumValue() != null || Boolean.TRUE.equals(schema.getExclusiveMinimum());
  }

  private static boolean isExclusiveMax(Schema<?> schema) {
    return schema.getExclusiveMaximumValue() != null || Boolean.TRUE.equals(schema.getExclusiveMaximum());
  }

  /** The schema's main type: its declared type, else the first non-null of a 3.1 type array, else implied. */
  static String typeOf(Schema<?> schema) {
    if (schema == null) {
      return "";
    }
    if (schema.getType() != null) {
      return schema.getType();
    }
    List<String> types = typesOf(schema);
    for (String t : types) {
      if (!"null".equals(t)) {
        return t;
      }
    }
    if (!types.isEmpty()) {
      return types.get(0);
    }
    if (schema.getProperties() != null || schema.getAdditionalProperties() != null) {
      return "object";
    }
    if (schema.getItems() != null) {
      return "array";
    }
    return "";
  }

  private static List<String> typesOf(Schema<?> schema) {
    if (schema.getTypes() == null) {
      return schema.getType() == null ? List.of() : List.of(schema.getType());
    }
    List<String> sorted = new ArrayList<>(schema.getTypes());
    Collections.sort(sorted);
    return sorted;
  }
}
