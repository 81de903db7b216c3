package dev.assistcodegen.cli;

import dev.assistcodegen.GeneratorConfig;
import dev.assistcodegen.plan.Folders;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options of {@code generate}: one per {@link GeneratorConfig} option, with the core's defaults
 * (the {@code GeneratorConfig.DEFAULT_} constants), and {@code --verbose}.
 */
final class GenerateOptions {
  @Mixin
  SpecOptions input;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = GeneratorConfig.DEFAULT_OUTPUT,
      description = "Output directory; replaced only once the new output is complete, files assist-codegen did"
          + " not write are left alone. Default: ${DEFAULT-VALUE}")
  Path out;

  @Option(names = "--folders", paramLabel = "tags|paths", defaultValue = GeneratorConfig.DEFAULT_FOLDERS,
      description = "Group requests into folders by their first tag or by their first path segment."
          + " Default: ${DEFAULT-VALUE}")
  Folders folders;

  @Option(names = "--role", paramLabel = "NAME",
      description = {"Generate only the requests this role may call; repeatable (a key with several roles gets"
          + " the union). 'assist-codegen roles' lists the names; quote a name with spaces: --role \"Project Reader\"."})
  List<String> roles = new ArrayList<>();

  @Option(names = "--scopes", paramLabel = "SCOPE", split = ",", splitSynopsisLabel = ",",
      description = "Generate only the requests these OAuth scopes may call (no roles file needed).")
  List<String> scopes = new ArrayList<>();

  @Option(names = "--project-id", paramLabel = "ID",
      description = "The project a project role's collection is for: fills the projectId variable of every"
          + " request. Default: the spec's example id.")
  String projectId;

  @Option(names = "--language", paramLabel = "ID", split = ",", splitSynopsisLabel = ",",
      defaultValue = GeneratorConfig.DEFAULT_LANGUAGES,
      description = "Snippet languages to write: ids from 'assist-codegen languages', all, or none."
          + " Default: ${DEFAULT-VALUE}")
  List<String> languages;

  @Mixin
  TemplateDirOption templates;

  @Option(names = "--embed-snippets",
      description = "Also put each request's snippets into its description in the collection.")
  boolean embedSnippets = GeneratorConfig.DEFAULT_EMBED_SNIPPETS;

  @Option(names = "--check",
      description = "Also check the collection against the official Postman v2.1 schema before writing it: a"
          + " self-check that costs about as much as building the collection ('validate' checks any file).")
  boolean check = GeneratorConfig.DEFAULT_CHECK_COLLECTION;

  @Mixin
  VerboseOption verbose;

  /** The one place command-line options become the core configuration. */
  GeneratorConfig config() {
    return GeneratorConfig.builder()
        .spec(input.spec)
        .outputDir(out)
        .folders(folders)
        .rolesFile(input.rolesFile)
        .roles(roles)
        .scopes(scopes)
        .projectId(projectId)
        .languages(languages)
        .templateDir(templates.templateDir)
        .embedSnippets(embedSnippets)
        .checkCollection(check)
        .build();
  }
}
