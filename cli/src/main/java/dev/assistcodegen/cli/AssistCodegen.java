package dev.assistcodegen.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level command; with no subcommand it generates from the embedded Loome Assist spec. */
@Command(
    name = "assist-codegen",
    mixinStandardHelpOptions = true,
    versionProvider = ManifestVersion.class,
    description = {
        "Turns an OpenAPI description into a Postman collection that fetches its own token,",
        "Postman environments, and ready-to-run scripts.",
        "",
        "With no command, runs 'generate' on the embedded Loome Assist spec into ./assist-codegen-out."},
    subcommands = {GenerateCommand.class, ValidateCommand.class, RolesCommand.class, LanguagesCommand.class, CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success", "1:bad input or failure", "2:usage error"})
public final class AssistCodegen implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    CommandLine generate = spec.commandLine().getSubcommands().get("generate");
    return generate.execute();
  }

  /** The configured command line shared by {@link Main} and tests. */
  public static CommandLine commandLine() {
    CommandLine cmd = new CommandLine(new AssistCodegen());
    cmd.setExecutionExceptionHandler(new ErrorHandler());
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
    return cmd;
  }
}
