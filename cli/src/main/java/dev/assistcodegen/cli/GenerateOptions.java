package dev.assistcodegen.cli;

import dev.assistcodegen.GeneratorConfig;
import dev.assistcodegen.plan.Folders;
import dev.assistcodegen.postman.ResponseTests;
import dev.assistcodegen.reference.ReferenceFormat;
import dev.assistcodegen.report.GenerationException;
import dev.assistcodegen.report.NearestName;
import dev.assistcodegen.snippets.LanguageCatalog;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
  /** The command these options belong to (generate, or the top command), for usage errors. */
  @Spec(Spec.Target.MIXEE)
  CommandSpec command;

  @Mixin
  SpecOptions input;

  @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = GeneratorConfig.DEFAULT_OUTPUT,
      description = "Output directory; replaced only once the new output is complete, files assist-codegen did"
          + " not write are left alone (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--folders", paramLabel = "tags|paths", defaultValue = GeneratorConfig.DEFAULT_FOLDERS,
      converter = FoldersName.class,
      description = "Group requests into folders by their first tag, or by their first path segment after the"
          + " segments every path shares (/v1/customers/...: Customers); untagged ones always by path"
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

  @Option(names = "--reference", paramLabel = "html|none", defaultValue = GeneratorConfig.DEFAULT_REFERENCE,
      converter = ReferenceName.class,
      description = "Also write reference/index.html: a page to pick a request, read it and copy its code in your"
          + " language, for people who do not use Postman; none writes no page (default: ${DEFAULT-VALUE}).")
  ReferenceFormat reference;

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
        .reference(reference)
        .tests(tests)
        .build();
  }

  /**
   * A value of {@code type} by its lower-case name, typed in any case; anything else is a usage error in the words
   * the user types.
   */
  abstract static class ValueName<E extends Enum<E>> implements CommandLine.ITypeConverter<E> {
    private final Class<E> type;

    ValueName(Class<E> type) {
      this.type = type;
    }

    @Override
    public E convert(String value) {
      return lowerCaseName(type, value);
    }
  }

  /** {@code tags} or {@code paths}. */
  static final class FoldersName extends ValueName<Folders> {
    FoldersName() {
      super(Folders.class);
    }
  }

  /** {@code none} or {@code html}. */
  static final class ReferenceName extends ValueName<ReferenceFormat> {
    ReferenceName() {
      super(ReferenceFormat.class);
    }
  }

  /** {@code none}, {@code status} or {@code contract}. */
  static final class TestsName extends ValueName<ResponseTests> {
    TestsName() {
      super(ResponseTests.class);
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
   * The language ids as typed: the catalog matches them (in any case); checking them here makes an unknown id
   * a usage error (exit 2, where help is) rather than a failure of the run.
   */
  private List<String> languageIds() {
    if (languages.stream().allMatch(id -> id.strip().equalsIgnoreCase("all") || id.strip().equalsIgnoreCase("none"))) {
      return languages; // nothing to look up (the template directory is read when snippets are written)
    }
    LanguageCatalog catalog = LanguageCatalog.load(templates.templateDir);
    try {
      catalog.select(languages);
    } catch (GenerationException e) {
      throw new ParameterException(command.commandLine(), e.getMessage());
    }
    return languages;
  }
}
