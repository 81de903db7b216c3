package dev.assistcodegen.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assistcodegen.GeneratorConfig;
import java.io.File;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The goal offers every option of {@link GeneratorConfig} (listed from the record itself, so an option added
 * there fails this test until the goal offers it), each with an {@code assist.} property, and takes its
 * defaults from the core. The goal's parameters are read from the plugin descriptor Maven itself reads
 * ({@code META-INF/maven/plugin.xml}, generated from the annotations) and set on the mojo as Maven sets them.
 */
class GenerateMojoOptionsTest {
  /** For each GeneratorConfig option: the goal's parameter and a value other than the default. */
  private static final Map<String, Map.Entry<String, Object>> SAMPLES = new LinkedHashMap<>();

  static {
    SAMPLES.put("spec", Map.entry("spec", new File("/api/openapi.yaml").getAbsolutePath()));
    SAMPLES.put("outputDir", Map.entry("outputDirectory", new File("elsewhere")));
    SAMPLES.put("folders", Map.entry("folders", "paths"));
    SAMPLES.put("rolesFile", Map.entry("rolesFile", new File("roles.yaml")));
    SAMPLES.put("roles", Map.entry("roles", List.of("Reader")));
    SAMPLES.put("scopes", Map.entry("scopes", List.of("read", "write")));
    SAMPLES.put("projectId", Map.entry("projectId", "42"));
    SAMPLES.put("languages", Map.entry("languages", List.of("curl")));
    SAMPLES.put("templateDir", Map.entry("templateDirectory", new File("templates")));
    SAMPLES.put("embedSnippets", Map.entry("embedSnippets", true));
    SAMPLES.put("checkCollection", Map.entry("check", true));
    SAMPLES.put("mergeInto", Map.entry("mergeInto", new File("old.postman_collection.json")));
    SAMPLES.put("prune", Map.entry("prune", true));
    SAMPLES.put("reference", Map.entry("reference", "none"));
    SAMPLES.put("tests", Map.entry("tests", "contract"));
  }

  /** Parameters of the goal that are not generator options. */
  private static final Set<String> GOAL_BEHAVIOUR = Set.of("skip", "addResource");

  @TempDir
  Path dir;

  @Test
  void everyGeneratorOptionIsAParameterOfTheGoal() throws Exception {
    assertEquals(List.of(), problems(descriptor()));
  }

  @Test
  void withNothingConfiguredTheGoalUsesTheCoreDefaults() throws Exception {
    Map<String, Object> options = new LinkedHashMap<>(mojo(descriptor()).config().options());
    // the one default of the goal's own: Maven builds write under target/
    assertEquals(dir.resolve("target/generated-resources/assist-codegen"), options.remove("outputDir"));
    Map<String, Object> core = new LinkedHashMap<>(GeneratorConfig.defaults().options());
    core.remove("outputDir");
    assertEquals(core, options);
  }

  @Test
  void everyParameterOfTheGoalIsAGeneratorOptionOrGoalBehaviour() throws Exception {
    Set<String> expected = new TreeSet<>(GOAL_BEHAVIOUR);
    SAMPLES.values().forEach(sample -> expected.add(sample.getKey()));
    Set<String> editable = new TreeSet<>();
    for (Element parameter : parameters(descriptor())) {
      if (text(parameter, "editable").equals("true")) {
        editable.add(text(parameter, "name"));
      }
    }
    assertEquals(expected, editable);
  }

  /** The check can fail: a goal without the check parameter is reported as lacking checkCollection. */
  @Test
  void aGoalWithoutAParameterIsReported() throws Exception {
    Document descriptor = descriptor();
    for (Element parameter : parameters(descriptor)) {
      if (text(parameter, "name").equals("check")) {
        parameter.getParentNode().removeChild(parameter);
      }
    }
    assertEquals(List.of("checkCollection: the goal has no parameter check"), problems(descriptor));
  }

  private List<String> problems(Document descriptor) throws Exception {
    List<String> problems = new ArrayList<>();
    GeneratorConfig defaults = mojo(descriptor).config();
    for (RecordComponent component : GeneratorConfig.class.getRecordComponents()) {
      String name = component.getName();
      Map.Entry<String, Object> sample = SAMPLES.get(name);
      if (sample == null) {
        problems.add(name + ": a new GeneratorConfig option: offer it in GenerateMojo and GenerateOptions, then"
            + " give this test a value that sets it");
        continue;
      }
      String parameter = sample.getKey();
      if (parameters(descriptor).stream().noneMatch(p -> text(p, "name").equals(parameter))) {
        problems.add(name + ": the goal has no parameter " + parameter);
        continue;
      }
      String property = "${assist." + parameter + "}";
      if (!property.equals(configuration(descriptor, parameter).getTextContent())) {
        problems.add(name + ": parameter " + parameter + " has no user property assist." + parameter);
      }
      GenerateMojo mojo = mojo(descriptor);
      set(mojo, parameter, sample.getValue());
      if (Objects.equals(mojo.config().options().get(name), defaults.options().get(name))) {
        problems.add(name + ": " + parameter + " = " + sample.getValue() + " leaves it at " + defaults.options().get(name));
      }
    }
    return problems;
  }

  /** A mojo as Maven configures it when the pom sets nothing: every parameter at its descriptor default. */
  private GenerateMojo mojo(Document descriptor) throws Exception {
    GenerateMojo mojo = new GenerateMojo();
    MavenProject project = new MavenProject();
    project.setFile(dir.resolve("pom.xml").toFile());
    set(mojo, "project", project);
    set(mojo, "pluginVersion", "test");
    for (Element parameter : parameters(descriptor)) {
      String name = text(parameter, "name");
      Element configuration = configuration(descriptor, name);
      if (!text(parameter, "editable").equals("true") || !configuration.hasAttribute("default-value")) {
        continue;
      }
      String value = configuration.getAttribute("default-value")
          .replace("${project.build.directory}", dir.resolve("target").toString());
      assertTrue(!value.contains("${"), name + ": a default this test cannot evaluate: " + value);
      Field field = GenerateMojo.class.getDeclaredField(name);
      set(mojo, name, switch (configuration.getAttribute("implementation")) {
        case "boolean" -> Boolean.parseBoolean(value);
        case "java.io.File" -> new File(value);
        case "java.util.List" -> Arrays.asList(value.split(","));
        case "java.lang.String" -> value;
        default -> throw new AssertionError(name + ": a parameter type this test cannot set: " + field.getType());
      });
    }
    return mojo;
  }

  private static void set(GenerateMojo mojo, String parameter, Object value) throws ReflectiveOperationException {
    Field field = GenerateMojo.class.getDeclaredField(parameter);
    field.setAccessible(true); // as Maven does: parameters are private fields
    field.set(mojo, value);
  }

  private static Document descriptor() throws Exception {
    try (InputStream in = GenerateMojo.class.getResourceAsStream("/META-INF/maven/plugin.xml")) {
      assertTrue(in != null, "no META-INF/maven/plugin.xml: run the tests through Maven (process-classes writes it)");
      return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
    }
  }

  private static Element generateMojo(Document descriptor) {
    NodeList mojos = descriptor.getElementsByTagName("mojo");
    for (int i = 0; i < mojos.getLength(); i++) {
      Element mojo = (Element) mojos.item(i);
      if (text(mojo, "goal").equals("generate")) {
        return mojo;
      }
    }
    throw new AssertionError("no generate goal in the plugin descriptor");
  }

  private static List<Element> parameters(Document descriptor) {
    List<Element> parameters = new ArrayList<>();
    NodeList nodes = generateMojo(descriptor).getElementsByTagName("parameter");
    for (int i = 0; i < nodes.getLength(); i++) {
      parameters.add((Element) nodes.item(i));
    }
    return parameters;
  }

  private static Element configuration(Document descriptor, String parameter) {
    NodeList configuration = generateMojo(descriptor).getElementsByTagName("configuration");
    NodeList values = ((Element) configuration.item(0)).getElementsByTagName(parameter);
    if (values.getLength() == 0) {
      throw new AssertionError("no configuration for parameter " + parameter);
    }
    return (Element) values.item(0);
  }

  /** The text of the first direct child element called {@code tag}. */
  private static String text(Element element, String tag) {
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element e && e.getTagName().equals(tag)) {
        return e.getTextContent().trim();
      }
    }
    return "";
  }
}
