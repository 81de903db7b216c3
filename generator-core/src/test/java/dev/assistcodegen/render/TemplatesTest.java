package dev.assistcodegen.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assistcodegen.report.GenerationException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Templates see records as their components only (RecordWrapper), and errors name template and line. */
class TemplatesTest {
  record Item(String name, boolean file) {}

  record View(String title, boolean hasQuery, List<Item> items, Item first) {}

  @TempDir Path dir;

  private String render(String template, Object view) throws Exception {
    Files.writeString(dir.resolve("t.ftl"), template);
    return new Templates(dir).render("t.ftl", Map.of("r", view));
  }

  private final View view = new View("T", true, List.of(new Item("a", false), new Item("b", true)), new Item("c", true));

  @Test
  void componentsListsBooleansAndNestedRecordsRender() throws Exception {
    assertEquals("T yes 2: a-false b-true c\n",
        render("[=r.title] <#if r.hasQuery>yes</#if> [=r.items?size]:<#list r.items as x> [=x.name]-[=x.file?c]</#list>"
            + " [=r.first.name]\n", view));
  }

  @Test
  void methodsAreNotVisible() throws Exception {
    GenerationException e = assertThrows(GenerationException.class, () -> render("[=r.toString()]", view));
    assertTrue(e.getMessage().startsWith("template t.ftl:1:"), e.getMessage());
    GenerationException missing = assertThrows(GenerationException.class, () -> render("\n[=r.class]", view));
    assertTrue(missing.getMessage().startsWith("template t.ftl:2:"), missing.getMessage());
  }

  @Test
  void aStaticFileIsReadAsItIsFromTheUsersFolderFirst() throws Exception {
    Files.writeString(dir.resolve("static.css"), "a { b: [=c] } <#if x></#if> ${y}");
    assertEquals("a { b: [=c] } <#if x></#if> ${y}", new Templates(dir).text("static.css"));
    assertTrue(new Templates(null).text("_reference/reference.css").contains("prefers-color-scheme"));
    GenerationException missing = assertThrows(GenerationException.class, () -> new Templates(dir).text("nope.css"));
    assertTrue(missing.getMessage().startsWith("template nope.css: not found"), missing.getMessage());
  }
}
