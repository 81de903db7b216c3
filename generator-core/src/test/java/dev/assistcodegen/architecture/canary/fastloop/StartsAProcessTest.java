package dev.assistcodegen.architecture.canary.fastloop;

import java.io.IOException;

/** A unit test that wrongly starts a process: FastLoopTest's canary (it has no test, so nothing runs it). */
public final class StartsAProcessTest {
  private StartsAProcessTest() {}

  static Process start() throws IOException {
    return new ProcessBuilder("true").start();
  }
}
