package dev.assistcodegen.cli;

import dev.assistcodegen.report.GenerationException;
import java.io.PrintWriter;
import picocli.CommandLine;

/** Prints one clear line for a failure (the stack trace only with --verbose) and exits 1. */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
    PrintWriter err = cmd.getErr();
    boolean verbose = parsed.hasMatchedOption(VerboseOption.NAME)
        || parsed.subcommands().stream().anyMatch(p -> p.hasMatchedOption(VerboseOption.NAME));
    if (e instanceof GenerationException) {
      err.println("error: " + e.getMessage());
    } else {
      err.println("error: internal error (" + e.getClass().getSimpleName() + "): " + e.getMessage()
          + (verbose ? "" : " (run with --verbose for details)"));
    }
    if (verbose) {
      e.printStackTrace(err);
    }
    err.flush();
    return 1;
  }
}
