package dev.assistcodegen.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** An API as the generator sees it: what the loader made of an OpenAPI document. */
public record ApiSpec(
    String title,
    String version,
    String description,
    List<Server> servers,
    Map<String, SecurityScheme> securitySchemes,
    List<Tag> tags,
    List<Operation> operations,
    List<String> notes) {

  public ApiSpec {
    Objects.requireNonNull(title, "title == null");
    version = version == null ? "" : version;
    description = description == null ? "" : description;
    servers = List.copyOf(Objects.requireNonNull(servers, "servers == null"));
    securitySchemes = Collections2.copyOfOrdered(Objects.requireNonNull(securitySchemes, "securitySchemes == null"));
    tags = List.copyOf(Objects.requireNonNull(tags, "tags == null"));
    operations = List.copyOf(Objects.requireNonNull(operations, "operations == null"));
    notes = List.copyOf(Objects.requireNonNull(notes, "notes == null"));
  }

  /** The same API with other operations (for filters). */
  public ApiSpec withOperations(List<Operation> kept) {
    return new ApiSpec(title, version, description, servers, securitySchemes, tags, kept, notes);
  }
}
