package dev.assistcodegen.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@code mvn test} starts nothing: no unit test ({@code *Test}) starts a process or a server or needs a
 * tool from outside the JDK. Tests that do are end-to-end tests ({@code *IT}), which failsafe runs in
 * {@code mvn verify} (docs/testing.md). Reading the npm-installed spec corpus is allowed: it is data.
 */
class FastLoopTest {
  /** Classes that start a process or a server, by name (nested classes count as their outer class). */
  private static final Set<String> STARTERS = Set.of(
      "java.lang.ProcessBuilder",
      "java.lang.Runtime",
      "com.sun.net.httpserver.HttpServer",
      "dev.assistcodegen.testing.Processes",
      "dev.assistcodegen.testing.Newman",
      "dev.assistcodegen.testing.PrismMock",
      "dev.assistcodegen.testing.TokenServer",
      "dev.assistcodegen.snippets.SnippetToolchain",
      "dev.assistcodegen.snippets.RecordingProxy",
      "dev.assistcodegen.access.ScopeEnforcingServer");

  /** The RepoPaths methods that find a program outside the JDK (an npm tool, a toolchain command). */
  private static final Set<String> TOOL_LOOKUPS = Set.of("npmTool", "command");

  static ArchRule unitTestsStartNothing() {
    DescribedPredicate<JavaClass> unitTests = DescribedPredicate.describe("are unit tests (*Test)",
        c -> c.getName().matches(".*Test(\\$.*)?"));
    DescribedPredicate<JavaClass> starters = DescribedPredicate.describe("start a process or a server",
        c -> STARTERS.contains(c.getName().replaceFirst("\\$.*", "")));
    DescribedPredicate<JavaMethodCall> toolLookups = DescribedPredicate.describe("look up an npm tool or a command",
        call -> call.getTargetOwner().getName().equals("dev.assistcodegen.testing.RepoPaths")
            && TOOL_LOOKUPS.contains(call.getName()));
    return noClasses().that(unitTests)
        .should().dependOnClassesThat(starters)
        .orShould().callMethodWhere(toolLookups)
        .because("mvn test is the fast loop: a test that starts something is an end-to-end test, named *IT");
  }

  @Test
  void unitTestsStartNoProcessAndNoServer() {
    JavaClasses tests = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
        .withImportOption(location -> !location.contains("/architecture/canary/"))
        .importPackages("dev.assistcodegen");
    unitTestsStartNothing().check(tests);
  }

  /** The rule can fail: a *Test class that starts a process, compiled for this test, breaks it. */
  @Test
  void theRuleCatchesAUnitTestThatStartsAProcess() {
    JavaClasses canary = new ClassFileImporter().importPackages("dev.assistcodegen.architecture.canary.fastloop");
    assertThrows(AssertionError.class, () -> unitTestsStartNothing().check(canary));
  }
}
