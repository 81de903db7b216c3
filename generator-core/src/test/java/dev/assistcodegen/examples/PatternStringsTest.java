package dev.assistcodegen.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PatternStringsTest {
  @ParameterizedTest
  @ValueSource(strings = {
      "^[A-Z]{3}-[0-9]{4}$", "^\\d+$", "^[a-z0-9-_]+$", "^(foo|bar)baz$", "^v\\d+(\\.\\d+){2}$",
      "\\/images\\/([a-f\\d]{24})", "^[^@\\s]+@[^@\\s]+\\.[a-z]{2,}$", "^#[0-9a-fA-F]{6}$",
      "^(?:[a-z]+\\.)*[a-z]+$", "^[A-Za-z_][A-Za-z0-9_]{0,30}$", "^\\+?[1-9]\\d{1,14}$",
      // AWS's UUID pattern: word boundaries around hex groups
      "\\b[0-9a-f]{8}\\b-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-\\b[0-9a-f]{12}\\b", "\\Aabc\\z",
      "\\/(versions|branches)\\/((v{0,1})(stable|([0-9]+)(?:\\.([0-9]+))?(?:\\.([0-9]+))?(-.*)?)(_(.*))?)\\/recipes\\/(([a-z0-9-_ ]|[^\\\\x00-\\\\x7F])+)"})
  void producesAMatchingString(String regex) {
    Optional<String> value = PatternStrings.matching(regex, null, null);
    assertTrue(value.isPresent(), "no string for " + regex);
    assertTrue(Pattern.compile(regex).matcher(value.get()).find(), value.get() + " does not match " + regex);
  }

  @Test
  void honoursMinimumLength() {
    String value = PatternStrings.matching("^[a-z]+$", 10, 20).orElseThrow();
    assertTrue(value.length() >= 10 && value.length() <= 20, value);
    assertTrue(value.matches("[a-z]+"), value);
  }

  @Test
  void givesNothingRatherThanAWrongString() {
    assertEquals(Optional.empty(), PatternStrings.matching("^(?=x)y$", null, null));
    assertEquals(Optional.empty(), PatternStrings.matching("^[a-z]{5}$", null, 3));
  }
}
