package dev.assistcodegen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.assistcodegen.GeneratorConfig;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code generate} offers every option of {@link GeneratorConfig} (listed from the record itself, so an
 * option added there fails this test until the command line offers it) and adds no defaults of its own.
 */
class GenerateOptionsTest {
  /** For each GeneratorConfig option: the arguments that set it to something other than its default. */
  private static final Map<String, List<String>> SAMPLES = new LinkedHashMap<>();

  static {
    SAMPLES.put("spec", List.of("--spec", "api.yaml"));
    SAMPLES.put("outputDir", List.of("--out", "elsewhere"));
    SAMPLES.put("folders", List.of("--folders", "paths"));
    SAMPLES.put("rolesFile", List.of("--roles-file", "roles.yaml"));
    SAMPLES.put("roles", List.of("--role", "Reader"));
    SAMPLES.put("scopes", List.of("--scopes", "read,write"));
    SAMPLES.put("projectId", List.of("--project-id", "42"));
    SAMPLES.put("languages", List.of("--language", "curl"));
    SAMPLES.put("templateDir", List.of("--template-dir", "templates"));
    SAMPLES.put("embedSnippets", List.of("--embed-snippets"));
    SAMPLES.put("checkCollection", List.of("--check"));
    SAMPLES.put("mergeInto", List.of("--merge-into", "old.postman_collection.json"));
    SAMPLES.put("prune", List.of("--prune"));
    SAMPLES.put("reference", List.of("--reference", "none"));
    SAMPLES.put("tests", List.of("--tests", "contract"));
  }

  /** Options of generate that are not generator options. */
  private static final Set<String> NOT_CONFIG = Set.of("--help", "--version", "--verbose");

  @Test
  void everyGeneratorOptionIsAnOptionOfGenerate() {
    assertEquals(List.of(), problems(command -> { }));
  }

  @Test
  void withoutOptionsGenerateUsesTheCoreDefaults() {
    assertEquals(GeneratorConfig.defaults(), parse(command -> { }, List.of()));
  }

  @Test
  void everyOptionOfGenerateReachesTheConfig() {
    Set<String> reaching = new TreeSet<>();
    SAMPLES.values().forEach(args -> reaching.add(args.get(0)));
    Set<String> offered = new TreeSet<>();
    for (OptionSpec option : generate(command -> { }).getCommandSpec().options()) {
      offered.add(option.longestName());
    }
    offered.removeAll(NOT_CONFIG);
    assertEquals(reaching, offered, "an option of generate that sets no GeneratorConfig option");
  }

  /** The check can fail: a generate without --check is reported as lacking checkCollection. */
  @Test
  void aGenerateWithoutAnOptionIsReported() {
    Consumer<CommandSpec> withoutCheck = spec -> spec.remove(spec.findOption("--check"));
    assertEquals(List.of("checkCollection: generate has no option --check"), problems(withoutCheck));
  }

  /** What is wrong with generate (as changed by {@code change}) against GeneratorConfig's options. */
  private static List<String> problems(Consumer<CommandSpec> change) {
    List<String> problems = new ArrayList<>();
    GeneratorConfig defaults = parse(change, List.of());
    for (RecordComponent component : GeneratorConfig.class.getRecordComponents()) {
      String name = component.getName();
      List<String> args = SAMPLES.get(name);
      if (args == null) {
        problems.add(name + ": a new GeneratorConfig option: offer it in GenerateOptions and GenerateMojo, then"
            + " give this test arguments that set it");
      } else if (generate(change).getCommandSpec().findOption(args.get(0)) == null) {
        problems.add(name + ": generate has no option " + args.get(0));
      } else if (parse(change, args).options().get(name).equals(defaults.options().get(name))) {
        problems.add(name + ": " + String.join(" ", args) + " leaves it at " + defaults.options().get(name));
      }
    }
    return problems;
  }

  private static CommandLine generate(Consumer<CommandSpec> change) {
    CommandLine generate = AssistCodegen.commandLine().getSubcommands().get("generate");
    change.accept(generate.getCommandSpec());
    return generate;
  }

  /** The config {@code generate ARGS} builds, parsed from the top command as a user's command line is. */
  private static GeneratorConfig parse(Consumer<CommandSpec> change, List<String> args) {
    CommandLine generate = generate(change);
    List<String> line = new ArrayList<>(List.of("generate"));
    line.addAll(args);
    generate.getParent().parseArgs(line.toArray(String[]::new));
    return ((GenerateCommand) generate.getCommand()).options.config();
  }
}
