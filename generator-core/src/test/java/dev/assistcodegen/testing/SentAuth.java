package dev.assistcodegen.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How one request authenticates, read back from what a writer wrote: {@code authorization} is
 * none, client-credentials (a token from a client-credentials request to {@code tokenUrl} with
 * {@code scope}), bearer (a token the user supplies), basic, digest or "scheme NAME" (another
 * HTTP scheme); {@code keys} are the API keys sent beside it ("header X-Key", "query token",
 * "cookie sid"), sorted. Equal values mean the two writers authenticate the same way.
 */
public record SentAuth(String authorization, String tokenUrl, String scope, Set<String> keys) {
  private static final Pattern REFERENCE = Pattern.compile("\\{\\{([^{}]+)}}");
  private static final Pattern SCHEME_HEADER = Pattern.compile("(\\S+) \\{\\{([^{}]+)}}");

  public SentAuth {
    keys = new TreeSet<>(keys);
  }

  @Override
  public String toString() {
    return authorization + (tokenUrl.isEmpty() && scope.isEmpty() ? "" : " (" + tokenUrl + ", scope '" + scope + "')")
        + (keys.isEmpty() ? "" : " + " + keys);
  }

  /**
   * The auth of every request of a Postman collection, by item id, with inheritance resolved
   * (the request's own auth, else its folders', else the collection's). {@code secrets}: the
   * variables the environment types secret (credentials); a header, query parameter or cookie
   * whose value is one of them is a credential.
   */
  public static Map<String, SentAuth> ofCollection(JsonNode collection, Set<String> secrets) {
    Map<String, String> variables = new HashMap<>();
    collection.path("variable").forEach(v -> variables.put(v.path("key").asText(), v.path("value").asText()));
    Map<String, SentAuth> out = new HashMap<>();
    walk(collection.path("item"), collection.path("auth"), variables, secrets, out);
    return out;
  }

  private static void walk(JsonNode items, JsonNode inherited, Map<String, String> variables, Set<String> secrets,
      Map<String, SentAuth> out) {
    for (JsonNode item : items) {
      if (item.has("item")) {
        walk(item.path("item"), item.has("auth") ? item.path("auth") : inherited, variables, secrets, out);
        continue;
      }
      JsonNode request = item.path("request");
      JsonNode auth = request.has("auth") ? request.path("auth") : inherited;
      out.put(item.path("id").asText(), ofRequest(request, auth, variables, secrets));
    }
  }

  private static SentAuth ofRequest(JsonNode request, JsonNode auth, Map<String, String> variables,
      Set<String> secrets) {
    String kind = "none";
    String tokenUrl = "";
    String scope = "";
    List<String> keys = new ArrayList<>();
    Map<String, String> attrs = new HashMap<>();
    auth.path(auth.path("type").asText()).forEach(a -> attrs.put(a.path("key").asText(), a.path("value").asText()));
    switch (auth.path("type").asText("noauth")) {
      case "bearer" -> {
        if ("{{accessToken}}".equals(attrs.get("token"))) {
          kind = "client-credentials";
          tokenUrl = variables.getOrDefault("tokenUrl", "");
          scope = variables.getOrDefault("scope", "");
        } else {
          kind = "bearer";
        }
      }
      case "oauth2" -> {
        if ("client_credentials".equals(attrs.get("grant_type"))) {
          kind = "client-credentials";
          tokenUrl = attrs.getOrDefault("accessTokenUrl", "");
          scope = attrs.getOrDefault("scope", "");
        } else {
          kind = "bearer";
        }
      }
      case "basic", "digest" -> kind = auth.path("type").asText();
      case "apikey" -> keys.add(attrs.getOrDefault("in", "header") + " " + attrs.get("key"));
      case "noauth" -> { }
      default -> kind = "unknown " + auth.path("type").asText();
    }
    for (JsonNode h : request.path("header")) {
      if (h.path("disabled").asBoolean(false)) {
        continue;
      }
      String name = h.path("key").asText();
      String value = h.path("value").asText();
      Matcher scheme = SCHEME_HEADER.matcher(value);
      if (name.equalsIgnoreCase("Authorization") && scheme.matches() && secrets.contains(scheme.group(2))) {
        kind = "scheme " + scheme.group(1);
      } else if (name.equalsIgnoreCase("Cookie")) {
        for (String pair : value.split("; ")) {
          int eq = pair.indexOf('=');
          if (eq > 0 && isSecret(pair.substring(eq + 1), secrets)) {
            keys.add("cookie " + pair.substring(0, eq));
          }
        }
      } else if (isSecret(value, secrets)) {
        keys.add("header " + name);
      }
    }
    for (JsonNode q : request.path("url").path("query")) {
      if (!q.path("disabled").asBoolean(false) && isSecret(q.path("value").asText(), secrets)) {
        keys.add("query " + q.path("key").asText());
      }
    }
    return new SentAuth(kind, tokenUrl, scope, new TreeSet<>(keys));
  }

  private static boolean isSecret(String value, Set<String> secrets) {
    Matcher m = REFERENCE.matcher(value);
    return m.matches() && secrets.contains(m.group(1));
  }

  /** The secret variables of a Postman environment. */
  public static Set<String> secrets(JsonNode environment) {
    Set<String> out = new TreeSet<>();
    environment.path("values").forEach(v -> {
      if ("secret".equals(v.path("type").asText())) {
        out.add(v.path("key").asText());
      }
    });
    return out;
  }

  /**
   * The auth a snippet view describes ({@code r.auth} as JSON: authKind, tokenUrl, scope,
   * authorizationPrefix, keys with in and name).
   */
  public static SentAuth ofSnippetView(JsonNode auth) {
    String kind = switch (auth.path("authKind").asText()) {
      case "oauth2" -> "client-credentials";
      case "apiKey" -> "none";
      case "scheme" -> "scheme " + auth.path("authorizationPrefix").asText().strip();
      default -> auth.path("authKind").asText();
    };
    boolean token = kind.equals("client-credentials");
    List<String> keys = new ArrayList<>();
    auth.path("keys").forEach(k -> keys.add(k.path("in").asText() + " " + k.path("name").asText()));
    return new SentAuth(kind, token ? auth.path("tokenUrl").asText() : "", token ? auth.path("scope").asText() : "",
        new TreeSet<>(keys));
  }
}
