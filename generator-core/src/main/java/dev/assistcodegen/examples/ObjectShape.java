package dev.assistcodegen.examples;

import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An object schema's properties as one direction sees them (readOnly ones left out of requests,
 * writeOnly ones out of responses), in the order the spec declares them: all of them, the required
 * ones, the required names it does not declare, and the schema of additional properties when it
 * declares no property. Worked out once per schema: an example walks the same entity types many times.
 */
record ObjectShape(List<Property> properties, List<Property> required, boolean hasOptional,
    List<String> undeclaredRequired, Schema<?> additional) {

  /** One declared property, with the named schema it holds ({@link ExampleFactory#slotRef}) or null. */
  record Property(String name, Schema<?> schema, boolean required, String slot) {}

  static ObjectShape of(Schema<?> schema, ExampleFactory.Direction direction, SchemaResolver resolver) {
    Set<String> requiredNames = schema.getRequired() == null ? Set.of() : new HashSet<>(schema.getRequired());
    Map<String, Schema> declared = schema.getProperties();
    List<Property> all = new ArrayList<>();
    List<Property> required = new ArrayList<>();
    if (declared != null) {
      for (Map.Entry<String, Schema> e : declared.entrySet()) {
        Schema<?> target = resolver.resolve(e.getValue());
        if (target != null && skipFor(direction, e.getValue(), target)) {
          continue;
        }
        Property property = new Property(e.getKey(), e.getValue(), requiredNames.contains(e.getKey()),
            ExampleFactory.slotRef(e.getValue()));
        all.add(property);
        if (property.required()) {
          required.add(property);
        }
      }
    }
    List<String> undeclared = Boolean.FALSE.equals(schema.getAdditionalProperties()) ? List.of()
        : requiredNames.stream().filter(name -> declared == null || !declared.containsKey(name)).sorted().toList();
    Schema<?> additional = (declared == null || declared.isEmpty())
        && schema.getAdditionalProperties() instanceof Schema<?> extra ? extra : null;
    return new ObjectShape(List.copyOf(all), List.copyOf(required), all.size() > required.size(), undeclared,
        additional);
  }

  private static boolean skipFor(ExampleFactory.Direction direction, Schema<?> property, Schema<?> target) {
    boolean readOnly = Boolean.TRUE.equals(property.getReadOnly()) || Boolean.TRUE.equals(target.getReadOnly());
    boolean writeOnly = Boolean.TRUE.equals(property.getWriteOnly()) || Boolean.TRUE.equals(target.getWriteOnly());
    return direction == ExampleFactory.Direction.REQUEST ? readOnly : writeOnly;
  }
}
