package dev.assistcodegen.testing;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Prism serving a spec as a mock with request validation ({@code --errors}) on a free
 * loopback port. Its log is kept so a test can show what Prism rejected.
 */
public final class PrismMock implements AutoCloseable {
  private final Process process;
  private final int port;
  private final Path log;

  private PrismMock(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
  }

  public static PrismMock start(Path spec) {
    Path prism = RepoPaths.npmTool("prism");
    int port = freePort();
    try {
      Path log = Files.createTempFile("prism-", ".log");
      ProcessBuilder pb = new ProcessBuilder(List.of(prism.toString(), "mock", "--errors", "-h", "127.0.0.1",
          "-p", Integer.toString(port), spec.toString()))
          .redirectErrorStream(true)
          .redirectOutput(log.toFile());
      pb.environment().put("NO_COLOR", "1");
      pb.environment().put("FORCE_COLOR", "0");
      Process process = pb.start();
      PrismMock mock = new PrismMock(process, port, log);
      mock.awaitReady();
      return mock;
    } catch (IOException e) {
      throw new AssertionError("cannot start prism: " + e.getMessage(), e);
    }
  }

  private void awaitReady() {
    long deadline = System.currentTimeMillis() + 60_000;
    while (System.currentTimeMillis() < deadline) {
      if (!process.isAlive()) {
        throw new AssertionError("prism exited early:\n" + log());
      }
      try {
        HttpURLConnection c = (HttpURLConnection) URI.create(baseUrl() + "/").toURL().openConnection();
        c.setConnectTimeout(500);
        c.setReadTimeout(2000);
        c.getResponseCode();
        c.disconnect();
        return;
      } catch (IOException notYet) {
        try {
          Thread.sleep(200);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new AssertionError("interrupted", e);
        }
      }
    }
    close();
    throw new AssertionError("prism did not start within 60 s:\n" + log());
  }

  /** Base URL of the mock, e.g. http://127.0.0.1:40123 (append the spec's server base path). */
  public String baseUrl() {
    return "http://127.0.0.1:" + port;
  }

  /** False once Prism has exited (e.g. crashed on a request). */
  public boolean isAlive() {
    return process.isAlive();
  }

  /** Everything Prism printed so far. */
  public String log() {
    try {
      return Files.readString(log);
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  @Override
  public void close() {
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    try {
      if (!process.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  public static int freePort() {
    try (ServerSocket s = new ServerSocket(0, 0, java.net.InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new AssertionError("no free port", e);
    }
  }
}
