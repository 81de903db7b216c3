package dev.assistcodegen.maven;

import dev.assistcodegen.plan.Folders;
import dev.assistcodegen.postman.ResponseTests;
import dev.assistcodegen.reference.ReferenceFormat;
import dev.assistcodegen.report.GenerationException;
import dev.assistcodegen.GenerationResult;
import dev.assistcodegen.Generator;
import dev.assistcodegen.GeneratorConfig;
import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Generates the Postman collection, environments and scripts from an OpenAPI spec. Skips the
 * work when nothing it depends on changed since the last run.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, threadSafe = true)
public final class GenerateMojo extends AbstractMojo {

  // ---- options: one per GeneratorConfig option, defaults from its DEFAULT_ constants, passed on in config() ----
  // ("" + a boolean constant is a constant expression, which is what an annotation value must be)

  /**
   * OpenAPI 2.0, 3.0 or 3.1 spec (YAML or JSON): a file, relative to the project directory, or an
   * http(s) URL. When not set, the embedded Loome Assist spec is used.
   */
  @Parameter(property = "assist.spec")
  private String spec;

  /** Directory the collection, environments and scripts are written to (under target/, as Maven builds do). */
  @Parameter(property = "assist.outputDirectory",
      defaultValue = "${project.build.directory}/generated-resources/assist-codegen")
  private File outputDirectory;

  /** Groups requests into folders by their first tag ({@code tags}) or first path segment ({@code paths}). */
  @Parameter(property = "assist.folders", defaultValue = GeneratorConfig.DEFAULT_FOLDERS)
  private String folders;

  /** Roles file; default: the spec's sibling {@code <name>.roles.yaml}, or the embedded Loome roles. */
  @Parameter(property = "assist.rolesFile")
  private File rolesFile;

  /** Only the operations these roles may call (union); e.g. {@code -Dassist.roles="Project Reader"}. */
  @Parameter(property = "assist.roles")
  private List<String> roles;

  /** Only the operations these scopes allow (no roles file needed). */
  @Parameter(property = "assist.scopes")
  private List<String> scopes;

  /** Fills the project id variable of a project role's collection; default: the spec's example id. */
  @Parameter(property = "assist.projectId")
  private String projectId;

  /** Snippet languages ({@code all}, {@code none}, or ids from the CLI's {@code languages}); e.g. {@code -Dassist.languages=curl,python}. */
  @Parameter(property = "assist.languages", defaultValue = GeneratorConfig.DEFAULT_LANGUAGES)
  private List<String> languages;

  /** Your snippet templates, searched before the built-in ones. */
  @Parameter(property = "assist.templateDirectory")
  private File templateDirectory;

  /** Also put each request's snippets into its description in the collection. */
  @Parameter(property = "assist.embedSnippets", defaultValue = "" + GeneratorConfig.DEFAULT_EMBED_SNIPPETS)
  private boolean embedSnippets;

  /**
   * Also checks the collection against the official Postman v2.1 schema before writing it: a self-check
   * of assist-codegen (a failure is its bug), costing about as much as building the collection.
   */
  @Parameter(property = "assist.check", defaultValue = "" + GeneratorConfig.DEFAULT_CHECK_COLLECTION)
  private boolean check;

  /**
   * An existing collection (only read), e.g. one exported from Postman and kept under {@code src/}: the new
   * collection keeps the requests, folders, scripts, saved responses, variables, auth and description text
   * the user added to it. Relative to the project directory.
   */
  @Parameter(property = "assist.mergeInto")
  private File mergeInto;

  /** With {@code mergeInto}: delete the requests of operations no longer in the spec instead of moving them. */
  @Parameter(property = "assist.prune", defaultValue = "" + GeneratorConfig.DEFAULT_PRUNE)
  private boolean prune;

  /**
   * {@code html}: also writes {@code reference/index.html}, a page to pick a request, read it and copy its code
   * in your language, for people who do not use Postman; {@code none}: no page.
   */
  @Parameter(property = "assist.reference", defaultValue = GeneratorConfig.DEFAULT_REFERENCE)
  private String reference;

  // ---- goal behaviour (not generator options) ----

  /** Skips the goal entirely. */
  /**
   * What each request tests about its response: {@code none}, {@code status} (a documented status, 2xx for the
   * request as generated) or {@code contract} (also Content-Type, body schema, required headers, response time).
   */
  @Parameter(property = "assist.tests", defaultValue = GeneratorConfig.DEFAULT_TESTS)
  private String tests;

  @Parameter(property = "assist.skip", defaultValue = "false")
  private boolean skip;

  /** Adds the output directory to the project's resources, so the files are packaged. */
  @Parameter(property = "assist.addResource", defaultValue = "false")
  private boolean addResource;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  @Parameter(defaultValue = "${plugin.version}", readonly = true, required = true)
  private String pluginVersion;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("assist-codegen: skipped (assist.skip=true)");
      return;
    }
    GeneratorConfig config = config();
    try {
      generateUnlessUpToDate(config);
    } catch (GenerationException e) {
      // the same one line the CLI prints after "error: "
      throw new MojoFailureException(e.getMessage(), e);
    } catch (RuntimeException e) {
      throw new MojoExecutionException("internal error (" + e.getClass().getSimpleName() + "): " + e.getMessage(), e);
    }
    if (addResource) {
      addResource(config.outputDir());
    }
  }

  /** The one place Maven parameters become the core configuration. */
  GeneratorConfig config() throws MojoFailureException {
    GeneratorConfig.Builder config = GeneratorConfig.builder()
        .spec(specLocation())
        .outputDir(outputDirectory.toPath())
        .folders(parse("assist.folders", Folders.class, folders))
        .rolesFile(rolesFile == null ? null : rolesFile.toPath())
        .projectId(projectId)
        .templateDir(templateDirectory == null ? null : templateDirectory.toPath())
        .embedSnippets(embedSnippets)
        .checkCollection(check)
        .mergeInto(mergeInto == null ? null : Path.of(Display.path(mergeInto.toPath())))
        .prune(prune)
        .reference(parse("assist.reference", ReferenceFormat.class, reference))
        .tests(parse("assist.tests", ResponseTests.class, tests));
    // a list Maven leaves unset (no default, or an empty element) is null: the core's default stands
    if (roles != null) {
      config.roles(roles);
    }
    if (scopes != null) {
      config.scopes(scopes);
    }
    if (languages != null) {
      config.languages(languages);
    }
    return config.build();
  }

  private void generateUnlessUpToDate(GeneratorConfig config) {
    Stamp stamp = new Stamp(config.outputDir());
    Optional<String> fingerprint = Fingerprint.of(config, pluginVersion);
    if (fingerprint.isPresent() && stamp.isCurrent(fingerprint.get())) {
      getLog().info("assist-codegen: output is up to date");
      return;
    }
    // no stamp while the output changes: a stamp that failed to be rewritten must not vouch for it later
    stamp.delete(getLog());
    GenerationResult result = Generator.generate(config, new MavenLog(getLog()));
    getLog().info("assist-codegen: generated " + result.operationCount() + " requests of " + result.apiTitle()
        + " into " + Display.path(config.outputDir()) + ": " + result.sizes().summary());
    // a spec URL has no fingerprint, so no stamp: the next run regenerates too
    fingerprint.ifPresent(f -> stamp.write(f, getLog()));
  }

  /** A file spec resolved against the project directory (not the working directory), shown relative to the latter. */
  private String specLocation() {
    if (spec == null || spec.isBlank() || spec.matches("(?i)(https?|file):.*")) {
      return spec;
    }
    Path path = Path.of(spec);
    if (!path.isAbsolute()) {
      path = project.getBasedir().toPath().resolve(path);
    }
    return Display.path(path.normalize());
  }

  private static <E extends Enum<E>> E parse(String property, Class<E> type, String value) throws MojoFailureException {
    try {
      return Enum.valueOf(type, String.valueOf(value).trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      String allowed = Arrays.stream(type.getEnumConstants())
          .map(c -> c.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
      throw new MojoFailureException(property + ": expected one of " + allowed + ", got '" + value + "'");
    }
  }

  private void addResource(Path dir) {
    Resource resource = new Resource();
    resource.setDirectory(dir.toString());
    resource.addExclude(".assist-codegen-*"); // bookkeeping files, not output
    project.addResource(resource);
    getLog().debug("assist-codegen: added " + dir + " as a resource directory");
  }
}
