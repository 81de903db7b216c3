package dev.assistcodegen.plan;

import dev.assistcodegen.model.ApiSpec;
import dev.assistcodegen.model.SecurityScheme;
import dev.assistcodegen.model.Server;
import dev.assistcodegen.model.ServerVariable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The concrete targets of a spec: one per server, and one per combination of enumerated
 * server variable values (e.g. one per region), each with its base URL and token URL.
 */
public final class ServerUrls {
  /** Past this many combinations only the defaults are used. */
  private static final int MAX_TARGETS = 16;
  /** Base URL used when the spec names no server. */
  public static final String NO_SERVER = "http://localhost";

  private ServerUrls() {}

  /** One place a collection can be pointed at. {@code suffix} is empty for the only target. */
  public record Target(String suffix, String label, String baseUrl, String tokenUrl) {}

  public static List<Target> targets(ApiSpec spec, SecurityScheme clientCredentials) {
    String flowTokenUrl = clientCredentials == null ? "" : clientCredentials.clientCredentials().tokenUrl();
    List<Target> out = new ArrayList<>();
    if (spec.servers().isEmpty()) {
      out.add(new Target("", "", NO_SERVER, flowTokenUrl));
      return out;
    }
    for (int i = 0; i < spec.servers().size(); i++) {
      Server server = spec.servers().get(i);
      List<Map<String, String>> combos = combinations(server);
      for (Map<String, String> values : combos) {
        String base = trimSlash(substitute(server.url(), values));
        String token = server.tokenUrl() != null ? substitute(server.tokenUrl(), values) : flowTokenUrl;
        List<String> varying = new ArrayList<>();
        String host = spec.servers().size() > 1 ? Slugs.of(hostOf(base), "server-" + (i + 1)) : "";
        for (ServerVariable v : server.variables()) {
          String value = values.get(v.name());
          // a region already in the host ("eu.api.example.com") is not repeated after it
          if (v.enumValues().size() > 1 && combos.size() > 1
              && !("-" + host + "-").contains("-" + Slugs.of(value, "") + "-")) {
            varying.add(value);
          }
        }
        String label = String.join("-", varying);
        if (!host.isEmpty()) {
          label = label.isEmpty() ? host : host + "-" + label;
        }
        out.add(new Target(Slugs.of(label, ""), label, base, token));
      }
    }
    // distinct suffixes even when two servers share a host
    Map<String, Integer> seen = new LinkedHashMap<>();
    List<Target> unique = new ArrayList<>();
    for (Target t : out) {
      int n = seen.merge(t.suffix(), 1, Integer::sum);
      unique.add(n == 1 ? t : new Target(t.suffix() + "-" + n, t.label() + " " + n, t.baseUrl(), t.tokenUrl()));
    }
    return unique;
  }

  /** The first server with its defaults: the collection's own baseUrl. */
  public static Target primary(ApiSpec spec, SecurityScheme clientCredentials) {
    if (spec.servers().isEmpty()) {
      return targets(spec, clientCredentials).get(0);
    }
    Server server = spec.servers().get(0);
    Map<String, String> defaults = new LinkedHashMap<>();
    server.variables().forEach(v -> defaults.put(v.name(), v.defaultValue()));
    String flowTokenUrl = clientCredentials == null ? "" : clientCredentials.clientCredentials().tokenUrl();
    return new Target("", "", trimSlash(substitute(server.url(), defaults)),
        server.tokenUrl() != null ? substitute(server.tokenUrl(), defaults) : flowTokenUrl);
  }

  /** The collection variable holding a per-path or per-operation server: baseUrl_<host and path>. */
  public static String variableName(Server server) {
    return "baseUrl_" + Slugs.of(urlOf(server).replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://", ""), "server")
        .replace('-', '_');
  }

  /** A server's URL with its variables' defaults, without a trailing slash. */
  public static String urlOf(Server server) {
    Map<String, String> defaults = new LinkedHashMap<>();
    server.variables().forEach(v -> defaults.put(v.name(), v.defaultValue()));
    return trimSlash(substitute(server.url(), defaults));
  }

  /** What baseUrl may be set to: each server, its description and its variables with defaults and allowed values. */
  public static String describe(ApiSpec spec) {
    StringBuilder out = new StringBuilder("Base URL of the API (set per environment).");
    if (spec.servers().isEmpty()) {
      return out.append(" The spec names no server: ").append(NO_SERVER).append('.').toString();
    }
    out.append(" Servers:");
    for (Server s : spec.servers()) {
      out.append("\n- ").append(s.url());
      if (!s.description().isBlank()) {
        out.append(" (").append(s.description().strip()).append(')');
      }
      for (ServerVariable v : s.variables()) {
        out.append("\n  - {").append(v.name()).append("}: default ").append(v.defaultValue());
        if (!v.enumValues().isEmpty()) {
          out.append(", one of ").append(String.join(", ", v.enumValues()));
        }
        if (!v.description().isBlank()) {
          out.append(" - ").append(v.description().strip());
        }
      }
    }
    return out.toString();
  }

  private static List<Map<String, String>> combinations(Server server) {
    List<Map<String, String>> combos = new ArrayList<>();
    combos.add(new LinkedHashMap<>());
    for (ServerVariable v : server.variables()) {
      List<String> values = v.enumValues().isEmpty() ? List.of(v.defaultValue()) : v.enumValues();
      List<Map<String, String>> next = new ArrayList<>();
      for (Map<String, String> combo : combos) {
        for (String value : values) {
          Map<String, String> m = new LinkedHashMap<>(combo);
          m.put(v.name(), value);
          next.add(m);
        }
      }
      combos = next;
      if (combos.size() > MAX_TARGETS) {
        Map<String, String> defaults = new LinkedHashMap<>();
        server.variables().forEach(x -> defaults.put(x.name(), x.defaultValue()));
        return List.of(defaults);
      }
    }
    return combos;
  }

  static String substitute(String template, Map<String, String> values) {
    String out = template;
    for (Map.Entry<String, String> e : values.entrySet()) {
      out = out.replace("{" + e.getKey() + "}", e.getValue());
    }
    return out;
  }

  private static String trimSlash(String url) {
    // a relative server URL ("/v1") is relative to wherever the API is hosted: assume localhost
    String u = url.contains("://") ? url : NO_SERVER + (url.startsWith("/") ? "" : "/") + url;
    while (u.endsWith("/")) {
      u = u.substring(0, u.length() - 1);
    }
    return u;
  }

  private static String hostOf(String url) {
    String u = url.replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://", "");
    int slash = u.indexOf('/');
    return slash < 0 ? u : u.substring(0, slash);
  }
}
