package dev.assistcodegen.examples;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.media.Schema;
import java.util.HashMap;
import java.util.Map;

/** Follows local {@code #/components/schemas/...} references. */
public final class SchemaResolver {
  private static final String PREFIX = "#/components/schemas/";
  private final Map<String, Schema> schemas;
  /** Each reference's target, looked up once: example building follows the same references thousands of times. */
  private final Map<String, Schema<?>> byRef = new HashMap<>();

  public SchemaResolver(Components components) {
    this.schemas = components == null || components.getSchemas() == null ? Map.of() : components.getSchemas();
  }

  /** The schema a reference points to (following chains), the schema itself, or null if unresolved. */
  public Schema<?> resolve(Schema<?> schema) {
    Schema<?> current = schema;
    for (int hops = 0; current != null && current.get$ref() != null && hops < 32; hops++) {
      current = lookup(current.get$ref());
    }
    return current;
  }

  /** True when a reference names a schema that exists (or is not a local schema reference). */
  public boolean exists(String ref) {
    return lookup(ref) != null;
  }

  private Schema<?> lookup(String ref) {
    Schema<?> known = byRef.get(ref);
    if (known != null || byRef.containsKey(ref)) {
      return known;
    }
    Schema<?> found = null;
    if (ref.startsWith(PREFIX)) { // swagger-parser inlines every external reference it can load into components
      found = schemas.get(ref.substring(PREFIX.length()).replace("~1", "/").replace("~0", "~"));
    }
    byRef.put(ref, found);
    return found;
  }
}
