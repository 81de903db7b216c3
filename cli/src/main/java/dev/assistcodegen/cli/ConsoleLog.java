package dev.assistcodegen.cli;

import dev.assistcodegen.report.GeneratorLog;
import java.io.PrintWriter;

/** The core log on the console: info to stdout, warnings to stderr, debug only with --verbose. */
final class ConsoleLog implements GeneratorLog {
  private final PrintWriter out;
  private final PrintWriter err;
  private final boolean verbose;

  ConsoleLog(PrintWriter out, PrintWriter err, boolean verbose) {
    this.out = out;
    this.err = err;
    this.verbose = verbose;
  }

  @Override
  public void info(String message) {
    out.println(message);
    out.flush();
  }

  @Override
  public void warn(String message) {
    err.println("warning: " + message);
    err.flush();
  }

  @Override
  public void debug(String message) {
    if (verbose) {
      err.println("debug: " + message);
      err.flush();
    }
  }
}
