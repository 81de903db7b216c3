package dev.assistcodegen.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assistcodegen.testing.RepoPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README answers a newcomer's questions in their order: what the tool is and the two commands,
 * what to install, what of the embedded Loome spec is fact and what is inferred (and how to use the
 * real API once there is a description of it); CI internals live in docs/testing.md.
 */
class ReadmeTest {
  private static String readme() throws IOException {
    return Files.readString(RepoPaths.root().resolve("README.md"));
  }

  private static List<String> sections(String text) {
    return text.lines().filter(l -> l.startsWith("## ")).map(l -> l.substring(3)).toList();
  }

  @Test
  void opensWithWhatItIsAndTheTwoCommandsThenPrerequisitesThenTheLoomeSpec() throws IOException {
    String readme = readme();
    String intro = readme.substring(0, readme.indexOf("\n## "));
    assertTrue(intro.contains("turns an OpenAPI description"), intro);
    assertTrue(intro.contains("java -jar cli/target/assist-codegen.jar") && intro.contains("./run-tests"), intro);
    assertEquals(List.of("Prerequisites", "The Loome spec: what is fact and what is inferred"),
        sections(readme).subList(0, 2));
  }

  @Test
  void namesThePrerequisites() throws IOException {
    String readme = readme();
    String prerequisites = readme.substring(readme.indexOf("## Prerequisites"), readme.indexOf("## The Loome spec"));
    for (String needed : List.of("JDK 17", "Maven 3.8", "Node.js", "./run-tests")) {
      assertTrue(prerequisites.contains(needed), needed + " missing from:\n" + prerequisites);
    }
  }

  @Test
  void saysWhatOfTheLoomeSpecIsInferredAndHowToUseTheRealApi() throws IOException {
    String readme = readme();
    String loome = readme.substring(readme.indexOf("## The Loome spec"), readme.indexOf("## Using the Loome"));
    for (String said : List.of("**Fact**", "**Inferred**", "assist-api-{region}.loomesoftware.com", "BASE_URL",
        "--spec", "--roles-file", "Once Loome publishes")) {
      assertTrue(loome.contains(said), said + " missing from:\n" + loome);
    }
  }

  @Test
  void leavesCiInternalsToTheTestingPage() throws IOException {
    String readme = readme();
    for (String internal : List.of("apt-get", ".ci/run", "npm ci", "dpkg")) {
      assertFalse(readme.contains(internal), "README mentions " + internal);
    }
    String testing = Files.readString(RepoPaths.root().resolve("docs/testing.md"));
    assertTrue(testing.contains("## What run-tests and CI do") && testing.contains(".ci/run"), "docs/testing.md");
  }
}
