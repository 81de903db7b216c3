package dev.assistcodegen.snippets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.assistcodegen.report.GenerationException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Language ids are matched in the core, so the command line and the Maven goal take the same ids. */
class LanguageCatalogTest {
  private final LanguageCatalog catalog = LanguageCatalog.load(null);

  private List<String> ids(String... typed) {
    return catalog.select(List.of(typed)).stream().map(Language::id).toList();
  }

  @Test
  void idsAndKeywordsMatchInAnyCase() {
    assertEquals(List.of("python", "curl"), ids("Python", " CURL "));
    assertEquals(List.of("python-requests"), ids("Python-Requests"));
    assertEquals(LanguageCatalog.BUILT_IN, ids("ALL"));
    assertEquals(List.of(), ids("None"));
  }

  @Test
  void aRepeatedIdIsOneLanguage() {
    assertEquals(List.of("go"), ids("go", "GO"));
  }

  @Test
  void anUnknownIdNamesTheNearestAndListsTheKnown() {
    GenerationException e = assertThrows(GenerationException.class, () -> ids("curl", "pyton"));
    assertEquals("unknown language 'pyton'; did you mean 'python'? (known: " + String.join(", ", LanguageCatalog.BUILT_IN)
        + "; or all, none)", e.getMessage());
    e = assertThrows(GenerationException.class, () -> ids("cobol"));
    assertEquals("unknown language 'cobol' (known: " + String.join(", ", LanguageCatalog.BUILT_IN) + "; or all, none)",
        e.getMessage());
  }
}
