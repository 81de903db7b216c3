package dev.assistcodegen;

import dev.assistcodegen.plan.Folders;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** Every option of a generation run with its default. Front ends build one; nothing else declares options. */
public final class GeneratorConfig {
  /** Default output directory, relative to the working directory. */
  public static final String DEFAULT_OUTPUT = "assist-codegen-out";

  private final String spec;
  private final Path outputDir;
  private final Folders folders;
  private final Path rolesFile;
  private final List<String> roles;
  private final List<String> scopes;
  private final String projectId;
  private final List<String> languages;
  private final Path templateDir;
  private final boolean embedSnippets;
  private final boolean checkCollection;

  private GeneratorConfig(Builder b) {
    this.spec = b.spec;
    this.outputDir = Objects.requireNonNull(b.outputDir, "outputDir == null");
    this.folders = Objects.requireNonNull(b.folders, "folders == null");
    this.rolesFile = b.rolesFile;
    this.roles = List.copyOf(b.roles);
    this.scopes = List.copyOf(b.scopes);
    this.projectId = b.projectId;
    this.languages = List.copyOf(b.languages);
    this.templateDir = b.templateDir;
    this.embedSnippets = b.embedSnippets;
    this.checkCollection = b.checkCollection;
  }

  /** File path or URL of the spec; null for the embedded Loome Assist spec. */
  public String spec() {
    return spec;
  }

  public Path outputDir() {
    return outputDir;
  }

  public Folders folders() {
    return folders;
  }

  /** Roles file; null for the default: {@code <name>.roles.yaml} beside the spec, or the embedded spec's. */
  public Path rolesFile() {
    return rolesFile;
  }

  /** Roles to generate for (their union); empty for every operation. */
  public List<String> roles() {
    return roles;
  }

  /** Scopes granted directly (no roles file needed); empty for none. */
  public List<String> scopes() {
    return scopes;
  }

  /** The one project a project role's collection is for; null when not given. */
  public String projectId() {
    return projectId;
  }

  /** Snippet language ids; empty = all languages, ["none"] = no snippets. */
  public List<String> languages() {
    return languages;
  }

  /** A user's template directory searched before the built-in templates, or null. */
  public Path templateDir() {
    return templateDir;
  }

  /** True to put each request's snippets into its description in the collection. */
  public boolean embedSnippets() {
    return embedSnippets;
  }

  /**
   * True to check the generated collection against the official Postman v2.1 schema before writing it
   * (a self-check: a failure is a bug in assist-codegen). Default true; the CLI's generate turns it off
   * unless {@code --check} is given, as it costs about as much CPU as building the collection.
   */
  public boolean checkCollection() {
    return checkCollection;
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    Builder b = new Builder();
    b.spec = spec;
    b.outputDir = outputDir;
    b.folders = folders;
    b.rolesFile = rolesFile;
    b.roles = roles;
    b.scopes = scopes;
    b.projectId = projectId;
    b.languages = languages;
    b.templateDir = templateDir;
    b.embedSnippets = embedSnippets;
    b.checkCollection = checkCollection;
    return b;
  }

  /** Builder with the defaults every front end shares. */
  public static final class Builder {
    private String spec;
    private Path outputDir = Path.of(DEFAULT_OUTPUT);
    private Folders folders = Folders.TAGS;
    private Path rolesFile;
    private List<String> roles = List.of();
    private List<String> scopes = List.of();
    private String projectId;
    private List<String> languages = List.of();
    private Path templateDir;
    private boolean embedSnippets;
    private boolean checkCollection = true;

    private Builder() {}

    public Builder checkCollection(boolean checkCollection) {
      this.checkCollection = checkCollection;
      return this;
    }

    /** Snippet languages by id; empty or ["all"] = all, ["none"] = none. */
    public Builder languages(List<String> languages) {
      this.languages = List.copyOf(Objects.requireNonNull(languages, "languages == null"));
      return this;
    }

    public Builder templateDir(Path templateDir) {
      this.templateDir = templateDir;
      return this;
    }

    public Builder embedSnippets(boolean embedSnippets) {
      this.embedSnippets = embedSnippets;
      return this;
    }

    public Builder spec(String spec) {
      this.spec = spec == null || spec.isBlank() ? null : spec;
      return this;
    }

    public Builder outputDir(Path outputDir) {
      this.outputDir = Objects.requireNonNull(outputDir, "outputDir == null");
      return this;
    }

    public Builder folders(Folders folders) {
      this.folders = Objects.requireNonNull(folders, "folders == null");
      return this;
    }

    public Builder rolesFile(Path rolesFile) {
      this.rolesFile = rolesFile;
      return this;
    }

    public Builder roles(List<String> roles) {
      this.roles = List.copyOf(Objects.requireNonNull(roles, "roles == null"));
      return this;
    }

    /** Scopes; each entry may hold several, separated by commas or spaces. */
    public Builder scopes(List<String> scopes) {
      this.scopes = Objects.requireNonNull(scopes, "scopes == null").stream()
          .flatMap(s -> Arrays.stream(s.split("[,\\s]+")))
          .filter(s -> !s.isBlank())
          .distinct()
          .toList();
      return this;
    }

    public Builder projectId(String projectId) {
      this.projectId = projectId == null || projectId.isBlank() ? null : projectId.strip();
      return this;
    }

    public GeneratorConfig build() {
      return new GeneratorConfig(this);
    }
  }
}
