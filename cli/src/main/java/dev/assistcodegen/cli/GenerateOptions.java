package dev.assistcodegen.cli;

import dev.assistcodegen.GeneratorConfig;
import dev.assistcodegen.plan.Folders;
import dev.assistcodegen.postman.ResponseTests;
import dev.assistcodegen.report.NearestName;
import dev.assistcodegen.snippets.Language;
import dev.assistcodegen.snippets.LanguageCatalog;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The options of {@code generate}: one per {@link GeneratorConfig} option, with the core's defaults
 * (the {@code GeneratorConfig.DEFAULT_} constants), and {@code --verbose}.
 */
final class GenerateOptions {
  /** The words --language takes besides language ids. */
  private static final List<String> KEYWORDS = List.of("all", "none");

  /** The command these options belong to (generate, or the top command), for usage errors. */
  @Spec(Spec.Target.MIXEE)
  CommandSpec command;

  @Mixin
  SpecOptions input;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = GeneratorConfig.DEFAULT_OUTPUT,
      description = "Output directory; replaced only once the new output is complete, files assist-codegen did"
          + " not write are left alone (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--folders", paramLabel = "tags|paths", defaultValue = GeneratorConfig.DEFAULT_FOLDERS,
      converter = FoldersName.class,
      description = "Group requests into folders by their first tag or by their first path segment"
          + " (default: ${DEFAULT-VALUE}).")
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
      description = "Snippet languages to write: ids from 'assist-codegen languages', all, or none"
          + " (default: ${DEFAULT-VALUE}).")
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

  @Option(names = "--merge-into", paramLabel = "FILE",
      description = "An existing collection (only read; it may be the one in --out): the new collection keeps the"
          + " requests, folders, scripts, saved responses, variables, auth and description text you added to it"
          + " (see docs/merge.md).")
  Path mergeInto;

  @Option(names = "--prune",
      description = "With --merge-into: delete the requests of operations no longer in the spec instead of moving"
          + " them to the folder \"Removed from the spec\".")
  boolean prune = GeneratorConfig.DEFAULT_PRUNE;

  @Option(names = "--tests", paramLabel = "none|status|contract", defaultValue = GeneratorConfig.DEFAULT_TESTS,
      converter = TestsName.class,
      description = "What each request tests about its response: none; status (a documented status, 2xx for the"
          + " request as generated); or contract (also the Content-Type, the JSON body against the response schema,"
          + " required headers and, when the variable maxResponseTimeMs is set, the response time)"
          + " (default: ${DEFAULT-VALUE}).")
  ResponseTests tests;

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
        .languages(languageIds())
        .templateDir(templates.templateDir)
        .embedSnippets(embedSnippets)
        .checkCollection(check)
        .mergeInto(mergeInto)
        .prune(prune)
        .tests(tests)
        .build();
  }

  /** {@code tags} or {@code paths}, any case; anything else is a usage error in the words the user types. */
  static final class FoldersName implements CommandLine.ITypeConverter<Folders> {
    @Override
    public Folders convert(String value) {
      return lowerCaseName(Folders.class, value);
    }
  }

  /** {@code none}, {@code status} or {@code contract}, any case. */
  static final class TestsName implements CommandLine.ITypeConverter<ResponseTests> {
    @Override
    public ResponseTests convert(String value) {
      return lowerCaseName(ResponseTests.class, value);
    }
  }

  private static <E extends Enum<E>> E lowerCaseName(Class<E> type, String value) {
    List<String> names = Stream.of(type.getEnumConstants()).map(f -> f.name().toLowerCase(Locale.ROOT)).toList();
    String name = value.strip().toLowerCase(Locale.ROOT);
    if (!names.contains(name)) {
      String expected = names.size() == 2 ? String.join(" or ", names)
          : String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
      throw new CommandLine.TypeConversionException("expected " + expected + ", got '" + value + "'"
          + NearestName.hint(name, names));
    }
    return Enum.valueOf(type, name.toUpperCase(Locale.ROOT));
  }

  /**
   * The language ids as the catalog spells them: a user may type {@code Python}; an unknown id is a usage
   * error that names the nearest known one.
   */
  private List<String> languageIds() {
    if (languages.stream().allMatch(id -> KEYWORDS.contains(id.strip().toLowerCase(Locale.ROOT)))) {
      return languages.stream().map(id -> id.strip().toLowerCase(Locale.ROOT)).toList();
    }
    List<String> known = LanguageCatalog.load(templates.templateDir).all().stream().map(Language::id).toList();
    List<String> ids = new ArrayList<>();
    for (String typed : languages) {
      String id = typed.strip();
      Optional<String> match = Stream.concat(known.stream(), KEYWORDS.stream())
          .filter(k -> k.equalsIgnoreCase(id)).findFirst();
      if (match.isEmpty()) {
        throw new ParameterException(command.commandLine(), "unknown language '" + typed + "' for --language"
            + NearestName.hint(id, known) + " (known: " + String.join(", ", known) + "; or all, none)");
      }
      ids.add(match.get());
    }
    return ids;
  }
}
