package dev.assistcodegen.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The top-level command. Without a command word it is {@code generate}: it takes generate's options too
 * ({@code assist-codegen --spec api.yaml}), lists only its own in its help, and with no options at all
 * generates from the embedded Loome Assist spec.
 */
@Command(
    name = "assist-codegen",
    mixinStandardHelpOptions = true,
    versionProvider = ManifestVersion.class,
    abbreviateSynopsis = true,
    descriptionHeading = "%n",
    description = {
        "Turns an OpenAPI description into a Postman collection that fetches its own token, Postman"
            + " environments, ACCESS.md (who may call what) and runnable snippets in twelve languages.",
        "",
        "Without a command it runs generate, and generate's options work without the command word:"
            + " 'assist-codegen --spec api.yaml' is 'assist-codegen generate --spec api.yaml'. With no options"
            + " at all it generates from the embedded Loome Assist spec into ./assist-codegen-out."},
    optionListHeading = "%nOptions:%n",
    commandListHeading = "%nCommands:%n",
    subcommands = {GenerateCommand.class, ValidateCommand.class, RolesCommand.class, LanguagesCommand.class,
        CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success", "1:bad input or failure", "2:usage error"})
public final class AssistCodegen implements Callable<Integer> {
  @CommandLine.Spec
  CommandSpec spec;

  @Mixin
  GenerateOptions generate;

  @Override
  public Integer call() {
    return GenerateCommand.run(generate, spec.commandLine());
  }

  /** The configured command line shared by {@link Main} and tests. */
  public static CommandLine commandLine() {
    CommandLine cmd = new CommandLine(new AssistCodegen());
    hideGenerateOptions(cmd.getCommandSpec());
    cmd.setExecutionExceptionHandler(new ErrorHandler());
    cmd.setParameterExceptionHandler(new UsageErrorHandler());
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
    HelpLayout.applyTo(cmd);
    return cmd;
  }

  /** generate's options stay usable here but are listed in 'generate --help' only. */
  private static void hideGenerateOptions(CommandSpec top) {
    for (OptionSpec option : top.mixins().get("generate").options()) {
      top.remove(option);
      top.addOption(option.toBuilder().hidden(true).build());
    }
  }
}
