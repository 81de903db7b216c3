package dev.assistcodegen.postman;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Stable ids: name-based UUIDs from the API title and the item's own name, so that a
 * regenerated collection re-imports into Postman as an update, not a duplicate.
 */
public final class PostmanIds {
  private PostmanIds() {}

  public static String of(String... parts) {
    StringBuilder key = new StringBuilder("assist-codegen");
    for (String part : parts) {
      key.append('\u0000').append(part);
    }
    return UUID.nameUUIDFromBytes(key.toString().getBytes(StandardCharsets.UTF_8)).toString();
  }
}
