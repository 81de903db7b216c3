package dev.assistcodegen.access;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.assistcodegen.load.YamlErrors;
import dev.assistcodegen.report.GenerationException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads and checks a roles file. It is read token by token (not as a tree) so that every
 * error can name the line: unknown scopes, duplicate names, roles that grant nothing,
 * missing fields and bad kinds.
 */
public final class RolesFileReader {
  /** Class-path location of the roles of the embedded Loome Assist spec. */
  public static final String EMBEDDED_RESOURCE = "/dev/assistcodegen/spec/loome-assist.roles.yaml";

  private static final YAMLFactory YAML = new YAMLFactory();
  private static final List<String> ROLE_FIELDS = List.of("name", "kind", "description", "scopes");

  private final String file;
  private final Set<String> declaredScopes;

  private RolesFileReader(String file, Set<String> declaredScopes) {
    this.file = file;
    this.declaredScopes = declaredScopes;
  }

  /** Reads the roles file at {@code path}; scopes must be among {@code declaredScopes} (null: not checked). */
  public static RolesFile read(Path path, Set<String> declaredScopes) {
    String name = path.toString();
    if (!Files.isRegularFile(path)) {
      throw new GenerationException(name + ": " + (Files.isDirectory(path) ? "is a directory, not a roles file" : "no such file"));
    }
    try {
      return parse(name, Files.readString(path, StandardCharsets.UTF_8), declaredScopes);
    } catch (IOException e) {
      throw new GenerationException(name + ": cannot be read: " + e.getMessage(), e);
    }
  }

  /** Reads the roles that go with the embedded Loome Assist spec. */
  public static RolesFile readEmbedded(Set<String> declaredScopes) {
    try (InputStream in = RolesFileReader.class.getResourceAsStream(EMBEDDED_RESOURCE)) {
      if (in == null) {
        throw new GenerationException("the embedded roles file is missing from the jar (" + EMBEDDED_RESOURCE + ")");
      }
      return parse("embedded:loome-assist.roles.yaml", new String(in.readAllBytes(), StandardCharsets.UTF_8),
          declaredScopes);
    } catch (IOException e) {
      throw new GenerationException("cannot read the embedded roles file: " + e.getMessage(), e);
    }
  }

  /** Parses roles-file text; {@code displayName} prefixes every error. */
  public static RolesFile parse(String displayName, String text, Set<String> declaredScopes) {
    RolesFileReader reader = new RolesFileReader(displayName, declaredScopes);
    try (JsonParser parser = YAML.createParser(text)) {
      return reader.file(parser);
    } catch (JsonProcessingException e) {
      String yaml = YamlErrors.describe(e);
      if (yaml != null) {
        throw new GenerationException(displayName + yaml, e);
      }
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      String message = e.getOriginalMessage() == null ? "syntax error" : e.getOriginalMessage().strip().split("\\R", 2)[0];
      throw new GenerationException(displayName + (line > 0 ? ":" + line : "") + ": invalid YAML: " + message, e);
    } catch (IOException e) {
      throw new GenerationException(displayName + ": cannot be read: " + e.getMessage(), e);
    }
  }

  private RolesFile file(JsonParser p) throws IOException {
    JsonToken first = p.nextToken();
    if (first != JsonToken.START_OBJECT) {
      throw error(first == null ? 1 : line(p), "not a roles file (expected a mapping with 'roles')");
    }
    String projectParameter = "";
    List<Role> roles = null;
    int rolesLine = 1;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      int fieldLine = line(p);
      JsonToken value = p.nextToken();
      switch (field) {
        case "projectParameter" -> {
          if (value != JsonToken.VALUE_STRING || p.getText().isBlank()) {
            throw error(fieldLine, "'projectParameter' must be the name of a path or query parameter");
          }
          projectParameter = p.getText().strip();
        }
        case "roles" -> {
          if (value != JsonToken.START_ARRAY) {
            throw error(fieldLine, "'roles' must be a list of roles");
          }
          rolesLine = fieldLine;
          roles = roles(p);
        }
        default -> throw error(fieldLine, "unknown field '" + field + "' (known: projectParameter, roles)");
      }
    }
    if (roles == null) {
      throw error(1, "no 'roles' list");
    }
    if (roles.isEmpty()) {
      throw error(rolesLine, "the 'roles' list is empty");
    }
    for (Role role : roles) {
      if (role.kind() == RoleKind.PROJECT && projectParameter.isEmpty()) {
        throw error(role.line(), "role '" + role.name() + "' is of kind project, but the file names no "
            + "'projectParameter' (the path or query parameter of operations on one project)");
      }
    }
    return new RolesFile(file, projectParameter, roles);
  }

  private List<Role> roles(JsonParser p) throws IOException {
    List<Role> roles = new ArrayList<>();
    Map<String, Integer> seen = new LinkedHashMap<>();
    JsonToken token;
    while ((token = p.nextToken()) != JsonToken.END_ARRAY) {
      int roleLine = line(p);
      if (token != JsonToken.START_OBJECT) {
        throw error(roleLine, "role #" + (roles.size() + 1) + " is not a mapping with name, kind, description and scopes");
      }
      Role role = role(p, roles.size() + 1, roleLine);
      Integer earlier = seen.putIfAbsent(role.name().toLowerCase(Locale.ROOT), roleLine);
      if (earlier != null) {
        throw error(roleLine, "role '" + role.name() + "' is defined twice (first at line " + earlier + ")");
      }
      roles.add(role);
    }
    return roles;
  }

  private Role role(JsonParser p, int index, int roleLine) throws IOException {
    String name = null;
    String kindText = null;
    int kindLine = roleLine;
    String description = "";
    List<String> scopes = null;
    List<Integer> scopeLines = new ArrayList<>();
    int scopesLine = roleLine;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      int fieldLine = line(p);
      JsonToken value = p.nextToken();
      String who = name == null ? "role #" + index : "role '" + name + "'";
      switch (field) {
        case "name" -> name = text(p, value, fieldLine, who, "name");
        case "kind" -> {
          kindText = text(p, value, fieldLine, who, "kind");
          kindLine = fieldLine;
        }
        case "description" -> description = text(p, value, fieldLine, who, "description");
        case "scopes" -> {
          scopesLine = fieldLine;
          if (value != JsonToken.START_ARRAY) {
            throw error(fieldLine, who + ": 'scopes' must be a list of scope names");
          }
          scopes = new ArrayList<>();
          JsonToken item;
          while ((item = p.nextToken()) != JsonToken.END_ARRAY) {
            scopeLines.add(line(p));
            scopes.add(text(p, item, line(p), who, "scopes"));
          }
        }
        default -> throw error(fieldLine, who + ": unknown field '" + field + "' (known: "
            + String.join(", ", ROLE_FIELDS) + ")");
      }
    }
    if (name == null || name.isBlank()) {
      throw error(roleLine, "role #" + index + " has no 'name'");
    }
    if (kindText == null) {
      throw error(roleLine, "role '" + name + "' has no 'kind' (application or project)");
    }
    RoleKind kind = RoleKind.parse(kindText);
    if (kind == null) {
      throw error(kindLine, "role '" + name + "': kind '" + kindText + "' is not one of application, project");
    }
    if (scopes == null) {
      throw error(roleLine, "role '" + name + "' has no 'scopes'");
    }
    if (scopes.isEmpty()) {
      throw error(scopesLine, "role '" + name + "' grants nothing (its 'scopes' list is empty)");
    }
    for (int i = 0; i < scopes.size(); i++) {
      if (declaredScopes != null && !declaredScopes.contains(scopes.get(i))) {
        throw error(scopeLines.get(i), "role '" + name + "': unknown scope '" + scopes.get(i)
            + "' (not declared by any oauth2 scheme of the spec; declared: "
            + (declaredScopes.isEmpty() ? "none" : String.join(", ", declaredScopes)) + ")");
      }
    }
    return new Role(name.strip(), kind, description.strip(), scopes.stream().distinct().toList(), roleLine);
  }

  private String text(JsonParser p, JsonToken value, int line, String who, String field) throws IOException {
    if (value == null || !value.isScalarValue() || value == JsonToken.VALUE_NULL) {
      throw error(line, who + ": '" + field + "' must be " + ("scopes".equals(field) ? "a list of names" : "text"));
    }
    return p.getText();
  }

  private static int line(JsonParser p) {
    return p.currentTokenLocation().getLineNr();
  }

  private GenerationException error(int line, String message) {
    return new GenerationException(file + ":" + line + ": " + message);
  }
}
