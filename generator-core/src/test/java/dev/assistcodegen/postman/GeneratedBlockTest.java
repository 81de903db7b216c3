package dev.assistcodegen.postman;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GeneratedBlockTest {
  private static final List<String> OURS = List.of("const DATA = {};", "pm.test('x', function () {});");

  @Test
  void wrapsLinesBetweenAStartAndAnEndLine() {
    List<String> block = GeneratedBlock.wrap(OURS);
    assertEquals(OURS.size() + 2, block.size());
    assertTrue(block.get(0).startsWith(GeneratedBlock.START), block.get(0));
    assertTrue(block.get(block.size() - 1).matches(GeneratedBlock.END.replace("(", "\\(") + " \\([0-9a-f]{12}\\)"),
        block.get(block.size() - 1));
    assertEquals(OURS, block.subList(1, block.size() - 1));
  }

  @Test
  void splitsTheUsersLinesAroundTheBlock() {
    List<String> script = new ArrayList<>(List.of("// mine, before"));
    script.addAll(GeneratedBlock.wrap(OURS));
    script.add("pm.test('mine', () => {});");
    GeneratedBlock.Parts parts = GeneratedBlock.split(script);
    assertEquals(List.of("// mine, before"), parts.before());
    assertEquals(List.of("pm.test('mine', () => {});"), parts.after());
    assertEquals(1, parts.blocks());
    assertFalse(parts.edited());
    assertFalse(parts.unterminated());
    assertTrue(parts.hasUserCode());
  }

  @Test
  void aBlockAloneHoldsNoUserCode() {
    GeneratedBlock.Parts parts = GeneratedBlock.split(GeneratedBlock.wrap(OURS));
    assertFalse(parts.hasUserCode());
    assertEquals(List.of(), parts.outside());
  }

  @Test
  void anEditInsideTheBlockIsNoticed() {
    List<String> script = new ArrayList<>(GeneratedBlock.wrap(OURS));
    script.set(1, "const DATA = {changed: true};");
    assertTrue(GeneratedBlock.split(script).edited());
  }

  @Test
  void windowsLineEndsAndIndentedMarkersAreRecognised() {
    List<String> script = new ArrayList<>();
    for (String line : GeneratedBlock.wrap(OURS)) {
      script.add("  " + line + "\r");
    }
    GeneratedBlock.Parts parts = GeneratedBlock.split(script);
    assertEquals(1, parts.blocks());
    assertFalse(parts.hasUserCode());
  }

  @Test
  void aMissingEndLineRunsTheBlockToTheEnd() {
    List<String> script = new ArrayList<>(GeneratedBlock.wrap(OURS));
    script.remove(script.size() - 1);
    script.add("pm.test('mine', () => {});");
    GeneratedBlock.Parts parts = GeneratedBlock.split(script);
    assertTrue(parts.unterminated());
    assertEquals(List.of(), parts.outside());
  }

  @Test
  void aScriptWithoutBlocksIsAllTheUsers() {
    GeneratedBlock.Parts parts = GeneratedBlock.split(List.of("a", "b"));
    assertEquals(0, parts.blocks());
    assertEquals(List.of("a", "b"), parts.outside());
  }
}
