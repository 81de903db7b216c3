package dev.assistcodegen.cli;

import dev.assistcodegen.GenerationResult;
import dev.assistcodegen.Generator;
import dev.assistcodegen.GeneratorConfig;
import dev.assistcodegen.plan.Folders;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code generate}: spec in, collection and environments out. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    versionProvider = ManifestVersion.class,
    description = {
        "Generates a Postman collection, Postman environments, ACCESS.md (who may call what) and runnable"
            + " snippets from an OpenAPI 2.0, 3.0 or 3.1 spec.",
        "The new output replaces the old one only once it is complete; files in the output directory that"
            + " assist-codegen did not write are left alone.",
        "",
        "Examples:",
        "  generate --spec api.yaml --out build/postman",
        "  generate --role \"Project Reader\" --project-id 42 --language curl,python",
        ""})
final class GenerateCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--spec", paramLabel = "FILE|URL",
      description = "OpenAPI spec (YAML or JSON), a file or an http(s) URL. Default: the embedded Loome Assist spec.")
  String specLocation;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = GeneratorConfig.DEFAULT_OUTPUT,
      description = "Output directory. Default: ${DEFAULT-VALUE}")
  Path out;

  @Option(names = "--folders", paramLabel = "tags|paths", defaultValue = "tags",
      description = "Group requests into folders by their first tag or by their first path segment. Default: ${DEFAULT-VALUE}")
  Folders folders;

  @Option(names = "--role", paramLabel = "NAME",
      description = {"Generate only the requests this role may call (repeatable: a key with several roles gets the union).",
          "Names come from the roles file; 'assist-codegen roles' lists them. Quote names with spaces: --role \"Project Reader\"."})
  List<String> roles = new ArrayList<>();

  @Option(names = "--scopes", paramLabel = "SCOPE", split = ",", splitSynopsisLabel = ",",
      description = "Generate only the requests these OAuth scopes may call (no roles file needed).")
  List<String> scopes = new ArrayList<>();

  @Option(names = "--roles-file", paramLabel = "FILE",
      description = "Roles file (YAML). Default: <name>.roles.yaml next to the spec; for the embedded spec, its own roles.")
  Path rolesFile;

  @Option(names = "--project-id", paramLabel = "ID",
      description = "The project a project role's collection is for: fills the projectId variable of every request.")
  String projectId;
  @Option(names = "--language", paramLabel = "ID", split = ",", splitSynopsisLabel = ",",
      description = "Snippet languages to write (see 'languages'). Default: all; none writes no snippets.")
  List<String> languages = new ArrayList<>();

  @Option(names = "--template-dir", paramLabel = "DIR",
      description = "Folder of snippet templates searched before the built-in ones (override or add a language).")
  Path templateDir;

  @Option(names = "--embed-snippets",
      description = "Also put each request's snippets into its description in the collection.")
  boolean embedSnippets;

  @Option(names = "--check",
      description = "Also check the collection against the official Postman v2.1 schema before writing it"
          + " (a self-check; costs about as much as building the collection; 'validate' checks files).")
  boolean check;

  @Option(names = "--verbose", description = "Print details and stack traces.")
  boolean verbose;

  @Override
  public Integer call() {
    ConsoleLog log = new ConsoleLog(spec.commandLine().getOut(), spec.commandLine().getErr(), verbose);
    GeneratorConfig config = GeneratorConfig.builder()
        .spec(specLocation)
        .outputDir(out)
        .folders(folders)
        .roles(roles)
        .scopes(scopes)
        .rolesFile(rolesFile)
        .projectId(projectId)
        .languages(languages)
        .templateDir(templateDir)
        .embedSnippets(embedSnippets)
        .checkCollection(check)
        .build();
    GenerationResult result = Generator.generate(config, log);
    log.info("Generated " + result.operationCount() + " requests of " + result.apiTitle() + " into " + out + ":");
    Path root = out.toAbsolutePath().normalize();
    Map<String, Integer> snippetsPerLanguage = new TreeMap<>();
    for (Path file : result.files()) {
      Path relative = root.relativize(file);
      if (relative.getNameCount() > 2 && relative.getName(0).toString().equals("snippets")) {
        snippetsPerLanguage.merge(relative.getName(1).toString(), 1, Integer::sum);
      } else {
        log.info("  " + relative);
      }
    }
    // hundreds of snippet files would drown the rest: one line per language
    snippetsPerLanguage.forEach((language, count) ->
        log.info("  snippets/" + language + "/ (" + count + " files)"));
    return 0;
  }
}
