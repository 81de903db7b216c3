package dev.assistcodegen.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The "did you mean" of roles, languages and commands. */
class NearestNameTest {
  private static final List<String> LANGUAGES = List.of("curl", "httpie", "wget", "powershell", "python-requests",
      "python", "javascript", "java", "csharp", "go", "ruby", "php");

  @Test
  void aTypoFindsTheName() {
    assertEquals(Optional.of("python"), NearestName.of("pyton", LANGUAGES));
    assertEquals(Optional.of("javascript"), NearestName.of("javscript", LANGUAGES));
    assertEquals(Optional.of("generate"), NearestName.of("gnerate", List.of("generate", "validate", "roles")));
  }

  @Test
  void caseIsIgnoredAndAWordOrPrefixIsNear() {
    assertEquals(Optional.of("Project Reader"), NearestName.of("reader", List.of("Administrator", "Project Reader")));
    assertEquals(Optional.of("Administrator"), NearestName.of("ADMIN", List.of("Administrator", "Project Reader")));
  }

  @Test
  void aFarNameHasNoSuggestion() {
    assertEquals(Optional.empty(), NearestName.of("cobol", LANGUAGES));
    assertEquals("", NearestName.hint("Billing", List.of("Administrator", "Project Reader")));
    assertEquals("; did you mean 'curl'?", NearestName.hint("crul", LANGUAGES));
  }

  @Test
  void editDistance() {
    assertEquals(0, NearestName.editDistance("abc", "abc"));
    assertEquals(2, NearestName.editDistance("raeder", "reader"));
    assertEquals(3, NearestName.editDistance("", "abc"));
  }
}
