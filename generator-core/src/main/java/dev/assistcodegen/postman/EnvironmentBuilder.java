package dev.assistcodegen.postman;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.assistcodegen.plan.AuthVariable;
import dev.assistcodegen.plan.ServerUrls;
import java.util.List;

/** Builds a Postman environment for one target (server or region). Secrets are left empty. */
public final class EnvironmentBuilder {
  private EnvironmentBuilder() {}

  /** An environment declaring {@code baseUrl} and every variable auth needs (secrets typed "secret", empty). */
  public static ObjectNode build(String collectionName, ServerUrls.Target target, List<AuthVariable> authVariables) {
    String name = target.label().isEmpty() ? collectionName : collectionName + " (" + target.label() + ")";
    ObjectNode env = PostmanJson.NODES.objectNode();
    env.put("id", PostmanIds.of(collectionName, "environment", target.suffix()));
    env.put("name", name);
    ArrayNode values = env.putArray("values");
    add(values, "baseUrl", target.baseUrl(), "default");
    for (AuthVariable v : authVariables) {
      add(values, v.key(), v.secret() ? "" : v.value(), v.secret() ? "secret" : "default");
    }
    env.put("_postman_variable_scope", "environment");
    return env;
  }

  private static void add(ArrayNode values, String key, String value, String type) {
    ObjectNode v = values.addObject();
    v.put("key", key);
    v.put("value", value);
    v.put("type", type);
    v.put("enabled", true);
  }
}
