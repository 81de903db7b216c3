package dev.assistcodegen.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The core's packages only point down:
 * report, render (the one FreeMarker configuration), model &lt;- examples &lt;- load &lt;- plan &lt;- access &lt;- writers
 * (postman, snippets, reference, output) &lt;- merge (of a new collection into an existing one) &lt;- the entry point
 * ({@code dev.assistcodegen}). Writers never use each other, and no two packages depend on each other in a cycle.
 * swagger-parser's types stay in {@code load} and {@code examples}.
 */
class ArchitectureTest {
  private static JavaClasses core;

  @BeforeAll
  static void importCore() {
    core = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("dev.assistcodegen");
  }

  /** The layering of the core, bottom first; each layer may use only the layers below it. */
  static ArchRule layers() {
    return layeredArchitecture().consideringOnlyDependenciesInLayers()
        .layer("Report").definedBy("dev.assistcodegen.report..")
        .layer("Render").definedBy("dev.assistcodegen.render..")
        .layer("Model").definedBy("dev.assistcodegen.model..")
        .layer("Examples").definedBy("dev.assistcodegen.examples..")
        .layer("Load").definedBy("dev.assistcodegen.load..")
        .layer("Plan").definedBy("dev.assistcodegen.plan..")
        .layer("Access").definedBy("dev.assistcodegen.access..")
        .layer("Postman").definedBy("dev.assistcodegen.postman..")
        .layer("Snippets").definedBy("dev.assistcodegen.snippets..")
        .layer("Reference").definedBy("dev.assistcodegen.reference..")
        .layer("Output").definedBy("dev.assistcodegen.output..")
        .layer("Merge").definedBy("dev.assistcodegen.merge..")
        .layer("Entry").definedBy("dev.assistcodegen")
        .whereLayer("Entry").mayNotBeAccessedByAnyLayer()
        .whereLayer("Merge").mayOnlyBeAccessedByLayers("Entry")
        .whereLayer("Postman").mayOnlyBeAccessedByLayers("Merge", "Entry")
        .whereLayer("Snippets").mayOnlyBeAccessedByLayers("Entry")
        .whereLayer("Reference").mayOnlyBeAccessedByLayers("Entry")
        .whereLayer("Output").mayOnlyBeAccessedByLayers("Entry")
        .whereLayer("Access").mayOnlyBeAccessedByLayers("Postman", "Snippets", "Reference", "Output", "Merge", "Entry")
        .whereLayer("Plan").mayOnlyBeAccessedByLayers("Access", "Postman", "Snippets", "Reference", "Output", "Merge",
            "Entry")
        .whereLayer("Load").mayOnlyBeAccessedByLayers("Plan", "Access", "Postman", "Snippets", "Reference", "Output",
            "Merge", "Entry")
        .whereLayer("Examples").mayOnlyBeAccessedByLayers("Load", "Plan", "Access", "Postman", "Snippets",
            "Reference", "Output", "Merge", "Entry")
        .whereLayer("Model").mayOnlyBeAccessedByLayers("Examples", "Load", "Plan", "Access", "Postman", "Snippets",
            "Reference", "Output", "Merge", "Entry")
        .whereLayer("Render").mayOnlyBeAccessedByLayers("Snippets", "Reference", "Entry")
        .withOptionalLayers(true);
  }

  static ArchRule noCycles() {
    return slices().matching("dev.assistcodegen.(*)..").should().beFreeOfCycles();
  }

  static ArchRule parserTypesStayBelowThePlan() {
    return noClasses().that().resideOutsideOfPackages("dev.assistcodegen.load..", "dev.assistcodegen.examples..")
        .should().dependOnClassesThat().resideInAPackage("io.swagger..");
  }

  @Test
  void swaggerParserTypesStayInLoadAndExamples() {
    parserTypesStayBelowThePlan().check(core);
  }

  @Test
  void packagesOnlyPointDown() {
    layers().check(core);
  }

  @Test
  void noCyclesBetweenPackages() {
    noCycles().check(core);
  }

  /** The rules can fail: classes with a wrong arrow, a cycle and a parser type, compiled for this test, break them. */
  @Test
  void theRulesCatchAWrongArrowAndACycle() {
    JavaClasses bad = new ClassFileImporter().importPackages("dev.assistcodegen.architecture.canary");
    assertThrows(AssertionError.class, () -> layersOf("dev.assistcodegen.architecture.canary").check(bad));
    assertThrows(AssertionError.class,
        () -> slices().matching("dev.assistcodegen.architecture.canary.(*)..").should().beFreeOfCycles().check(bad));
    assertThrows(AssertionError.class, () -> parserTypesStayBelowThePlan().check(bad));
  }

  private static ArchRule layersOf(String root) {
    return layeredArchitecture().consideringOnlyDependenciesInLayers()
        .layer("Model").definedBy(root + ".model..")
        .layer("Writer").definedBy(root + ".writer..")
        .whereLayer("Writer").mayNotBeAccessedByAnyLayer();
  }
}
