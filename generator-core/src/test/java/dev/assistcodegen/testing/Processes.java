package dev.assistcodegen.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs an external process to completion with a time limit and captures its output. */
public final class Processes {
  private Processes() {}

  /** Exit code and combined output of a finished process. */
  public record Result(int exitCode, String output) {}

  public static Result run(List<String> command, Path workDir, Map<String, String> env, long timeoutSeconds) {
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    if (workDir != null) {
      pb.directory(workDir.toFile());
    }
    if (env != null) {
      pb.environment().putAll(env);
    }
    try {
      Process p = pb.start();
      p.getOutputStream().close();
      StringBuilder out = new StringBuilder();
      Thread reader = new Thread(() -> {
        try {
          out.append(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException ignored) {
          // process gone
        }
      });
      reader.start();
      if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        reader.join(2000);
        throw new AssertionError("timed out after " + timeoutSeconds + " s: " + String.join(" ", command) + "\n" + out);
      }
      reader.join();
      return new Result(p.exitValue(), out.toString());
    } catch (IOException e) {
      throw new AssertionError("cannot run " + command + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted: " + command, e);
    }
  }
}
