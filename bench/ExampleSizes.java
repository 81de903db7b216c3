import com.fasterxml.jackson.databind.ObjectMapper;
import dev.assistcodegen.examples.ExampleBudget;
import dev.assistcodegen.examples.ExampleFactory;
import dev.assistcodegen.examples.ExampleValue;
import dev.assistcodegen.examples.SchemaResolver;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The measurements behind the example budget (docs/examples.md): for every request body and
 * response of a spec whose example the generator synthesises (no media example in the spec),
 * how large the example is when optional properties are filled down to level 1, 2, ... with no
 * character limit, and how large it is under given budgets. Sizes are characters of compact JSON.
 *
 * <pre>
 * javac -d /tmp/sizes -cp cli/target/assist-codegen.jar bench/ExampleSizes.java
 * java -cp /tmp/sizes:cli/target/assist-codegen.jar ExampleSizes SPEC [LEVELS:CHARS ...]
 * (-Dlevels=N measures complete levels 1 to N only, 0 none; -Dover=N counts the examples longer than N, 3000)
 * </pre>
 */
public final class ExampleSizes {
  private record Target(Schema<?> schema, ExampleFactory.Direction direction) {}

  public static void main(String[] args) {
    ParseOptions options = new ParseOptions();
    options.setResolve(false);
    OpenAPI api = new OpenAPIV3Parser().read(args[0], null, options);
    SchemaResolver resolver = new SchemaResolver(api.getComponents());
    List<Target> targets = targets(api);
    System.out.printf("%s: %d synthesised examples (request bodies and responses without a media example)%n",
        args[0], targets.size());
    for (int level = 1; level <= Integer.getInteger("levels", 6); level++) {
      measure("levels " + level + " complete", new ExampleBudget(level, Integer.MAX_VALUE), resolver, targets);
    }
    for (int i = 1; i < args.length; i++) {
      String[] budget = args[i].split(":");
      measure("budget " + args[i], new ExampleBudget(Integer.parseInt(budget[0]), Integer.parseInt(budget[1])),
          resolver, targets);
    }
  }

  private static List<Target> targets(OpenAPI api) {
    List<Target> out = new ArrayList<>();
    api.getPaths().forEach((path, item) -> item.readOperations().forEach(op -> {
      if (op.getRequestBody() != null) {
        add(out, op.getRequestBody().getContent(), ExampleFactory.Direction.REQUEST);
      }
      if (op.getResponses() != null) {
        op.getResponses().values().forEach(r -> add(out, r.getContent(), ExampleFactory.Direction.RESPONSE));
      }
    }));
    return out;
  }

  private static void add(List<Target> out, Content content, ExampleFactory.Direction direction) {
    if (content == null) {
      return;
    }
    for (Map.Entry<String, MediaType> e : content.entrySet()) {
      MediaType media = e.getValue();
      if (e.getKey().contains("json") && media.getSchema() != null && media.getExample() == null
          && (media.getExamples() == null || media.getExamples().isEmpty())) {
        out.add(new Target(media.getSchema(), direction));
        return; // the generator sends one media type per body: JSON first
      }
    }
  }

  private static void measure(String label, ExampleBudget budget, SchemaResolver resolver, List<Target> targets) {
    ExampleFactory factory = new ExampleFactory(resolver, budget);
    ObjectMapper json = new ObjectMapper();
    List<Integer> sizes = new ArrayList<>();
    int shortened = 0;
    long start = System.nanoTime();
    for (Target t : targets) {
      try {
        ExampleValue value = factory.example(t.schema(), t.direction());
        sizes.add(json.writeValueAsString(value.value()).length());
        shortened += value.shortened() ? 1 : 0;
      } catch (Exception | StackOverflowError e) {
        sizes.add(-1);
      }
    }
    long ms = (System.nanoTime() - start) / 1_000_000;
    Collections.sort(sizes);
    long total = sizes.stream().mapToLong(Integer::longValue).sum();
    int over = Integer.getInteger("over", 3_000);
    long larger = sizes.stream().filter(size -> size > over).count();
    System.out.printf("  %-22s p50 %6d  p90 %6d  p99 %7d  max %8d  over %d: %5d  total %6.1f MB  shortened %5d of %d"
        + "  (%d ms)%n", label, at(sizes, 0.5), at(sizes, 0.9), at(sizes, 0.99), sizes.get(sizes.size() - 1), over,
        larger, total / 1e6, shortened, sizes.size(), ms);
  }

  private static int at(List<Integer> sorted, double share) {
    return sorted.get(Math.min(sorted.size() - 1, (int) (sorted.size() * share)));
  }
}
