package dev.assistcodegen.maven;

import dev.assistcodegen.report.GeneratorLog;
import org.apache.maven.plugin.logging.Log;

/** The core log on Maven's log: debug lines appear with {@code mvn -X}. */
final class MavenLog implements GeneratorLog {
  private final Log log;

  MavenLog(Log log) {
    this.log = log;
  }

  @Override
  public void info(String message) {
    log.info(message);
  }

  @Override
  public void warn(String message) {
    log.warn(message);
  }

  @Override
  public void debug(String message) {
    if (log.isDebugEnabled()) {
      log.debug(message);
    }
  }
}
