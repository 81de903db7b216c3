package dev.assistcodegen.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** Paths inside the repository and to the test tools that ./run-tests installs. */
public final class RepoPaths {
  private RepoPaths() {}

  /** The repository root (surefire passes it as assist.repoRoot). */
  public static Path root() {
    String configured = System.getProperty("assist.repoRoot");
    Path root = configured != null ? Path.of(configured) : Path.of("..");
    return root.toAbsolutePath().normalize();
  }

  public static Path spec(String name) {
    return root().resolve("spec").resolve(name);
  }

  /**
   * An npm tool installed by ./run-tests into tools/node_modules/.bin; fails the test with
   * instructions when it is missing, never skips.
   */
  public static Path npmTool(String name) {
    Path tool = root().resolve("tools/node_modules/.bin").resolve(name);
    if (!Files.isExecutable(tool)) {
      throw new AssertionError("test tool '" + name + "' is missing at " + tool
          + ": run ./run-tests (it installs the pinned npm tools into tools/node_modules)");
    }
    return tool;
  }

  /** A file of an npm package installed by ./run-tests (e.g. "@octokit/openapi/generated/api.github.com.json"). */
  public static Path npmFile(String relative) {
    Path file = root().resolve("tools/node_modules").resolve(relative);
    if (!Files.exists(file)) {
      throw new AssertionError("test input " + file + " is missing: run ./run-tests (it installs it from npm)");
    }
    return file;
  }

  /** A command on PATH (a Debian package toolchain); fails with the package to install when missing. */
  public static Path command(String name, String debianPackage) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      Path candidate = Path.of(dir).resolve(name);
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    throw new AssertionError("command '" + name + "' is missing: install the Debian package '" + debianPackage
        + "' (./run-tests does this when run as root)");
  }
}
