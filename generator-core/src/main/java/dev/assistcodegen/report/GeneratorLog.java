package dev.assistcodegen.report;

/** Where the generator reports progress; each front end adapts it to its own output. */
public interface GeneratorLog {
  void info(String message);

  void warn(String message);

  /** Detail shown only when the user asks for it (--verbose, mvn -X). */
  void debug(String message);

  /** A log that drops everything, for tests and embedding. */
  static GeneratorLog silent() {
    return new GeneratorLog() {
      @Override
      public void info(String message) {}

      @Override
      public void warn(String message) {}

      @Override
      public void debug(String message) {}
    };
  }
}
