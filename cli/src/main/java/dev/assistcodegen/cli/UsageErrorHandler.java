package dev.assistcodegen.cli;

import dev.assistcodegen.report.NearestName;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A usage error: the error, with a "did you mean" where a known name is near, and one line that says
 * where the help is (as git does), not the whole help after it. Exits 2.
 */
final class UsageErrorHandler implements CommandLine.IParameterExceptionHandler {
  @Override
  public int handleParseException(ParameterException e, String[] args) {
    CommandLine cmd = e.getCommandLine();
    PrintWriter err = cmd.getErr();
    err.println("error: " + message(e));
    err.println("See '" + helpFor(e) + " --help'.");
    err.flush();
    return cmd.getCommandSpec().exitCodeOnInvalidInput();
  }

  private static String message(ParameterException e) {
    CommandSpec spec = e.getCommandLine().getCommandSpec();
    if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
      String argument = unmatched.getUnmatched().get(0);
      if (argument.startsWith("-")) {
        String option = argument.split("=", 2)[0];
        // a one-letter option is "near" every other one: suggest only for long options
        return "unknown option '" + option + "'" + (option.startsWith("--") ? NearestName.hint(option, optionNames(spec)) : "");
      }
      if (!spec.subcommands().isEmpty()) {
        return "unknown command '" + argument + "'" + NearestName.hint(argument, spec.subcommands().keySet());
      }
      return "unexpected argument '" + argument + "'";
    }
    String message = e.getMessage();
    return message.isEmpty() ? message : message.substring(0, 1).toLowerCase(Locale.ROOT) + message.substring(1);
  }

  private static List<String> optionNames(CommandSpec spec) {
    List<String> names = new ArrayList<>();
    for (OptionSpec option : spec.options()) {
      names.addAll(List.of(option.names()));
    }
    return names;
  }

  /**
   * The command whose help explains the error: where it happened, except that an option given without a
   * command word is one of generate's (the top command takes them too).
   */
  private static String helpFor(ParameterException e) {
    CommandLine cmd = e.getCommandLine();
    boolean optionAtTop = cmd.getParent() == null && !(e instanceof UnmatchedArgumentException u
        && !u.getUnmatched().isEmpty() && !u.getUnmatched().get(0).startsWith("-"));
    return optionAtTop ? cmd.getCommandSpec().qualifiedName() + " generate" : cmd.getCommandSpec().qualifiedName();
  }
}
