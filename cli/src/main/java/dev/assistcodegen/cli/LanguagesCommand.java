package dev.assistcodegen.cli;

import dev.assistcodegen.snippets.Language;
import dev.assistcodegen.snippets.LanguageCatalog;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code languages}: lists the snippet languages with their ids, runtime and dependencies. */
@Command(
    name = "languages",
    abbreviateSynopsis = true,
    descriptionHeading = "%n",
    description = "Lists the snippet languages: id (for --language), name, runtime and dependencies.",
    optionListHeading = "%nOptions:%n")
final class LanguagesCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  TemplateDirOption templates;

  @Mixin
  HelpOption help;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<Language> languages = LanguageCatalog.load(templates.templateDir).all();
    // columns as wide as their longest entry, so a long name never runs into the next column
    int id = 2 + languages.stream().mapToInt(l -> l.id().length()).max().orElse(0);
    int name = 2 + languages.stream().mapToInt(l -> l.name().length()).max().orElse(0);
    int runtime = 2 + languages.stream().mapToInt(l -> l.runtime().length()).max().orElse(0);
    String row = "%-" + Math.max(id, 4) + "s%-" + Math.max(name, 6) + "s%-" + Math.max(runtime, 9) + "s%s%n";
    out.printf(row, "ID", "NAME", "RUNTIME", "DEPENDENCIES");
    for (Language language : languages) {
      out.printf(row, language.id(), language.name(), language.runtime(),
          language.dependencies().isEmpty() ? "-" : language.dependencies());
    }
    out.flush();
    return 0;
  }
}
