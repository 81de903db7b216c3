package dev.assistcodegen;

import dev.assistcodegen.plan.Folders;
import dev.assistcodegen.reference.ReferenceFormat;
import dev.assistcodegen.postman.ResponseTests;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Every option of a generation run: its components are the options, the {@code DEFAULT_} constants
 * their defaults. Front ends (the CLI's {@code generate}, the Maven goal) offer every component and
 * take their defaults from these constants; nothing else declares an option.
 *
 * @param spec file path or http(s)/file URL of the OpenAPI spec; null for the embedded Loome Assist spec
 * @param outputDir directory the files are written to (replaced only once the new output is complete)
 * @param folders group requests into folders by first tag or by first path segment
 * @param rolesFile roles file; null for {@code <name>.roles.yaml} beside the spec, or the embedded spec's roles
 * @param roles generate only what these roles may call (their union); empty for every operation
 * @param scopes generate only what these OAuth scopes allow (no roles file needed); empty for no filter
 * @param projectId the project a project role's collection is for; null for the spec's example id
 * @param languages snippet language ids; {@code all} (or empty) for every language, {@code none} for no snippets
 * @param templateDir a folder of snippet templates searched before the built-in ones; null for none
 * @param embedSnippets also put each request's snippets into its description in the collection
 * @param checkCollection also check the collection against the official Postman v2.1 schema before writing it
 * @param mergeInto an existing collection (only read) whose user's work is carried into the new one; null for none
 * @param prune with {@code mergeInto}: delete the requests of operations no longer in the spec instead of moving
 *     them to the folder "Removed from the spec"
 * @param reference {@code html}: also write the reference page ({@code reference/index.html}); {@code none}: no page
 * @param tests what each request tests about its response: {@code none}, {@code status} or {@code contract}
 *     (see docs/contract-tests.md)
 */
public record GeneratorConfig(
    String spec,
    Path outputDir,
    Folders folders,
    Path rolesFile,
    List<String> roles,
    List<String> scopes,
    String projectId,
    List<String> languages,
    Path templateDir,
    boolean embedSnippets,
    boolean checkCollection,
    Path mergeInto,
    boolean prune,
    ReferenceFormat reference,
    ResponseTests tests) {

  /** Default output directory, relative to the working directory. */
  public static final String DEFAULT_OUTPUT = "assist-codegen-out";

  /** Default folders: {@code tags}, one folder per first tag of an operation ({@code paths}: per first path segment). */
  public static final String DEFAULT_FOLDERS = "tags";

  /** Default snippet languages: {@code all}. */
  public static final String DEFAULT_LANGUAGES = "all";

  /** Snippets are not embedded in request descriptions unless asked for. */
  public static final boolean DEFAULT_EMBED_SNIPPETS = false;

  /**
   * The schema check is off unless asked for: it checks our output, not the user's input (a failure is a
   * bug in assist-codegen, and the test suite checks every collection it generates), and it costs about as
   * much CPU as building the collection. See docs/performance.md.
   */
  public static final boolean DEFAULT_CHECK_COLLECTION = false;

  /** Requests of operations gone from the spec are moved to "Removed from the spec", not deleted, unless asked for. */
  public static final boolean DEFAULT_PRUNE = false;

  /**
   * Default reference page: {@code html}, written beside the collection: the API's own documentation may not
   * be a reference at all (Loome publishes none), and it costs little next to the snippets it shows.
   */
  public static final String DEFAULT_REFERENCE = "html";

  /**
   * Default tests: {@code status}. A Loome user runs the collection to call the API with their role; a status
   * test turns each call that failed (or answered what the spec does not document) into a failed test, so a
   * Newman run says so in its exit code, for one short line of data per request. {@code contract} adds the
   * response schemas to the collection and fails on any drift between the API and its spec: what a team
   * wants in CI against staging, asked for there. See docs/contract-tests.md.
   */
  public static final String DEFAULT_TESTS = "status";

  public GeneratorConfig {
    spec = spec == null || spec.isBlank() ? null : spec;
    Objects.requireNonNull(outputDir, "outputDir == null");
    Objects.requireNonNull(folders, "folders == null");
    roles = List.copyOf(Objects.requireNonNull(roles, "roles == null"));
    // each entry may hold several scopes, separated by commas or spaces (-Dassist.scopes="a b")
    scopes = Objects.requireNonNull(scopes, "scopes == null").stream()
        .flatMap(s -> Arrays.stream(s.split("[,\\s]+")))
        .filter(s -> !s.isBlank())
        .distinct()
        .toList();
    projectId = projectId == null || projectId.isBlank() ? null : projectId.strip();
    languages = List.copyOf(Objects.requireNonNull(languages, "languages == null"));
    Objects.requireNonNull(reference, "reference == null");
    Objects.requireNonNull(tests, "tests == null");
  }

  /**
   * Every option by name with its value, in declaration order: the record's components, so an option
   * added to this record is listed (and, for example, part of the Maven goal's up-to-date check) without
   * a change anywhere else.
   */
  public Map<String, Object> options() {
    Map<String, Object> options = new LinkedHashMap<>();
    for (RecordComponent component : GeneratorConfig.class.getRecordComponents()) {
      try {
        options.put(component.getName(), component.getAccessor().invoke(this));
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot read option " + component.getName(), e);
      }
    }
    return Collections.unmodifiableMap(options);
  }

  /** The configuration with every option at its default. */
  public static GeneratorConfig defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .spec(spec)
        .outputDir(outputDir)
        .folders(folders)
        .rolesFile(rolesFile)
        .roles(roles)
        .scopes(scopes)
        .projectId(projectId)
        .languages(languages)
        .templateDir(templateDir)
        .embedSnippets(embedSnippets)
        .checkCollection(checkCollection)
        .mergeInto(mergeInto)
        .prune(prune)
        .reference(reference)
        .tests(tests);
  }

  /** Builder starting from the defaults. */
  public static final class Builder {
    private String spec;
    private Path outputDir = Path.of(DEFAULT_OUTPUT);
    private Folders folders = Folders.valueOf(DEFAULT_FOLDERS.toUpperCase(Locale.ROOT));
    private Path rolesFile;
    private List<String> roles = List.of();
    private List<String> scopes = List.of();
    private String projectId;
    private List<String> languages = List.of(DEFAULT_LANGUAGES);
    private Path templateDir;
    private boolean embedSnippets = DEFAULT_EMBED_SNIPPETS;
    private boolean checkCollection = DEFAULT_CHECK_COLLECTION;
    private Path mergeInto;
    private boolean prune = DEFAULT_PRUNE;
    private ReferenceFormat reference = ReferenceFormat.valueOf(DEFAULT_REFERENCE.toUpperCase(Locale.ROOT));
    private ResponseTests tests = ResponseTests.valueOf(DEFAULT_TESTS.toUpperCase(Locale.ROOT));

    private Builder() {}

    public Builder spec(String spec) {
      this.spec = spec;
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
      this.roles = Objects.requireNonNull(roles, "roles == null");
      return this;
    }

    /** Scopes; each entry may hold several, separated by commas or spaces. */
    public Builder scopes(List<String> scopes) {
      this.scopes = Objects.requireNonNull(scopes, "scopes == null");
      return this;
    }

    public Builder projectId(String projectId) {
      this.projectId = projectId;
      return this;
    }

    /** Snippet languages by id; ["all"] (or empty) = all, ["none"] = none. */
    public Builder languages(List<String> languages) {
      this.languages = Objects.requireNonNull(languages, "languages == null");
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

    public Builder checkCollection(boolean checkCollection) {
      this.checkCollection = checkCollection;
      return this;
    }

    public Builder mergeInto(Path mergeInto) {
      this.mergeInto = mergeInto;
      return this;
    }

    public Builder prune(boolean prune) {
      this.prune = prune;
      return this;
    }

    public Builder reference(ReferenceFormat reference) {
      this.reference = Objects.requireNonNull(reference, "reference == null");
      return this;
    }

    public Builder tests(ResponseTests tests) {
      this.tests = Objects.requireNonNull(tests, "tests == null");
      return this;
    }

    public GeneratorConfig build() {
      return new GeneratorConfig(spec, outputDir, folders, rolesFile, roles, scopes, projectId, languages,
          templateDir, embedSnippets, checkCollection, mergeInto, prune, reference, tests);
    }
  }
}
