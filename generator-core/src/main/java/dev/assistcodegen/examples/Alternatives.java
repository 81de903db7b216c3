package dev.assistcodegen.examples;

import static dev.assistcodegen.examples.JsonValues.NODES;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.media.Discriminator;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Values for {@code oneOf}/{@code anyOf} schemas and for discriminated {@code allOf} inheritance.
 * A {@code oneOf} value must match exactly one branch: Prism and any JSON Schema validator refuse
 * a value two branches accept, whatever the discriminator says.
 */
final class Alternatives {
  private final ExampleFactory factory;
  private final SchemaResolver resolver;
  private final SchemaMatch match;
  private final Map<Schema<?>, Subtypes> subtypes = new IdentityHashMap<>();
  private final Map<Schema<?>, Refined> refinedBranches = new IdentityHashMap<>();

  Alternatives(ExampleFactory factory, SchemaResolver resolver, SchemaMatch match) {
    this.factory = factory;
    this.resolver = resolver;
    this.match = match;
  }

  /**
   * A value for a oneOf/anyOf schema: the first branch whose own value is valid against the whole
   * schema wins; failing that, a branch's value is made distinct (see {@link #distinguish});
   * failing that, the first branch's value.
   */
  JsonNode value(Schema<?> schema, List<Schema> alternatives, Walk walk, int depth, int level) {
    boolean exactlyOne = schema.getOneOf() != null && !schema.getOneOf().isEmpty();
    List<Integer> branches = new ArrayList<>();
    List<JsonNode> values = new ArrayList<>();
    for (int i = 0; i < alternatives.size(); i++) {
      JsonNode value = branchValue(schema, alternatives.get(i), walk, depth, level);
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
  private JsonNode branchValue(Schema<?> schema, Schema<?> candidate, Walk walk, int depth, int level) {
    if ("null".equals(SchemaTypes.typeOf(candidate))) {
      return null;
    }
    if (isConstraintOnly(candidate) && (schema.getProperties() != null || "object".equals(SchemaTypes.typeOf(schema)))) {
      // e.g. oneOf: [{required: [a]}, {required: [b]}] beside the parent's properties
      Refined refined = refinedBranches.get(candidate);
      if (refined == null || refined.parent() != schema) {
        refined = new Refined(schema, refine(schema, candidate));
        refinedBranches.put(candidate, refined);
      }
      return factory.object(refined.schema(), walk, depth, level);
    }
    if (candidate.get$ref() != null && factory.isCycle(candidate.get$ref(), walk)) {
      return null;
    }
    JsonNode value = factory.build(candidate, walk, depth, level);
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
        JsonNode own = factory.object(schema, walk, depth, level);
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

  /** The parent's object with a constraint-only branch's required names added. */
  private static Schema<?> refine(Schema<?> schema, Schema<?> candidate) {
    Schema<Object> refined = new Schema<>();
    refined.setType("object");
    refined.setProperties(schema.getProperties());
    refined.setAdditionalProperties(schema.getAdditionalProperties());
    List<String> required = new ArrayList<>(schema.getRequired() == null ? List.of() : schema.getRequired());
    if (candidate.getRequired() != null) {
      candidate.getRequired().stream().filter(r -> !required.contains(r)).forEach(required::add);
    }
    refined.setRequired(required);
    return refined;
  }

  /** A refined branch, made once per branch so that its object shape is worked out once too. */
  private record Refined(Schema<?> parent, Schema<?> schema) {}

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
    return candidate.get$ref() == null && SchemaTypes.typeOf(candidate).isEmpty() && candidate.getAllOf() == null
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
  JsonNode subtype(String ref, Schema<?> base, Walk walk, int depth, int level) {
    Discriminator discriminator = base.getDiscriminator();
    if (discriminator == null || discriminator.getPropertyName() == null || discriminator.getMapping() == null
        || base.getOneOf() != null || base.getAnyOf() != null) {
      return null;
    }
    Subtypes mapped = subtypes.computeIfAbsent(base, b -> Subtypes.of(discriminator, resolver));
    for (String building : walk.building()) {
      if (mapped.targets().contains(building)) {
        walk.dependOn(building);
        return null;
      }
    }
    for (Map.Entry<String, String> e : mapped.existing()) {
      if (e.getValue().equals(ref)) {
        continue;
      }
      Schema<Object> subtypeRef = new Schema<>();
      subtypeRef.set$ref(e.getValue());
      if (factory.build(subtypeRef, walk, depth, level) instanceof ObjectNode value) {
        value.put(discriminator.getPropertyName(), e.getKey());
        return value;
      }
    }
    return null;
  }

  /**
   * A discriminator's mapping, worked out once per base schema (OData-derived specs map every
   * entity type, thousands, from their common base): every target, and the (key, target) pairs
   * whose target exists, in mapping order.
   */
  private record Subtypes(Set<String> targets, List<Map.Entry<String, String>> existing) {
    static Subtypes of(Discriminator discriminator, SchemaResolver resolver) {
      Set<String> targets = new HashSet<>();
      List<Map.Entry<String, String>> existing = new ArrayList<>();
      for (Map.Entry<String, String> e : discriminator.getMapping().entrySet()) {
        String target = e.getValue() == null ? "" : e.getValue().contains("/") ? e.getValue()
            : "#/components/schemas/" + e.getValue();
        targets.add(target);
        if (resolver.exists(target)) {
          existing.add(Map.entry(e.getKey(), target));
        }
      }
      return new Subtypes(targets, existing);
    }
  }
}
