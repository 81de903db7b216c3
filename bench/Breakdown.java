import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.assistcodegen.GeneratorConfig;
import dev.assistcodegen.access.AccessPolicy;
import dev.assistcodegen.load.SpecLoader;
import dev.assistcodegen.load.SpecSource;
import dev.assistcodegen.model.ApiSpec;
import dev.assistcodegen.output.OutputDirectory;
import dev.assistcodegen.plan.ApiPlan;
import dev.assistcodegen.plan.RequestFolders;
import dev.assistcodegen.postman.CollectionBuilder;
import dev.assistcodegen.postman.CollectionValidator;
import dev.assistcodegen.postman.PostmanJson;
import dev.assistcodegen.report.GeneratorLog;
import dev.assistcodegen.snippets.Snippets;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
/**
 * Where a run's time goes: times each stage of one cold generation in a fresh JVM
 * (read text, Jackson tree, swagger-parser, our model, collection, schema check, JSON text, write).
 * Run by bench/run --breakdown with the jar on the class path; prints one line per stage.
 */
public final class Breakdown {
  private static long last = System.nanoTime();
  private static long lastCpu = cpu();

  /** CPU time of the whole process (all threads, GC included), in nanoseconds. */
  private static long cpu() {
    return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
        .getOperatingSystemMXBean()).getProcessCpuTime();
  }

  private static void stage(String name) {
    long now = System.nanoTime();
    long nowCpu = cpu();
    System.out.printf("%-34s %7.0f ms  (CPU %6.0f ms)%n", name, (now - last) / 1e6, (nowCpu - lastCpu) / 1e6);
    last = now;
    lastCpu = nowCpu;
  }

  public static void main(String[] args) throws Exception {
    long start = System.nanoTime();
    last = start;
    GeneratorLog quiet = new GeneratorLog() {
      @Override public void info(String m) {}
      @Override public void warn(String m) {}
      @Override public void debug(String m) {}
    };
    String spec = args[0];
    Path out = Path.of(args[1]);
    SpecSource source = SpecSource.open(spec);
    stage("read text");
    JsonNode tree = new ObjectMapper().readTree(source.text());
    stage("Jackson tree (syntax check)");
    ParseOptions options = new ParseOptions();
    options.setResolve(false); // as SpecLoader for a single-file spec: our model follows local refs itself
    var parsed = new OpenAPIV3Parser().parseJsonNode(source.location(), tree, options);
    stage("swagger-parser parse");
    parsed = null;
    tree = null;
    // warm second passes: tree, swagger-parser, then the real loader (tree + swagger-parser + our
    // model); our model's share is the loader's time minus the first two
    long t0 = System.nanoTime();
    tree = new ObjectMapper().readTree(source.text());
    long t1 = System.nanoTime();
    parsed = new OpenAPIV3Parser().parseJsonNode(source.location(), tree, options);
    long t2 = System.nanoTime();
    parsed = null;
    tree = null;
    ApiSpec api = SpecLoader.load(source, quiet);
    long t3 = System.nanoTime();
    System.out.printf("%-34s %7.0f ms%n", "  warm: Jackson tree", (t1 - t0) / 1e6);
    System.out.printf("%-34s %7.0f ms%n", "  warm: swagger-parser", (t2 - t1) / 1e6);
    System.out.printf("%-34s %7.0f ms%n", "  warm: SpecLoader.load (all)", (t3 - t2) / 1e6);
    System.out.printf("%-34s %7.0f ms%n", "  warm: our model (load - above)", ((t3 - t2) - (t2 - t0)) / 1e6);
    last = t3;
    lastCpu = cpu();
    GeneratorConfig config = GeneratorConfig.builder().spec(spec).outputDir(out).build();
    ApiPlan plan = ApiPlan.of(api);
    stage("request plans");
    RequestFolders folders = RequestFolders.of(api, config.folders());
    CollectionBuilder builder = new CollectionBuilder(plan, folders, config.projectId(), api.title(),
        AccessPolicy.of(api, null, List.of(), List.of()));
    ObjectNode collection = builder.build();
    stage("collection tree");
    var problems = CollectionValidator.validate(collection);
    stage("schema check, only with --check (" + problems.size() + " problems)");
    byte[] bytes = PostmanJson.prettyBytes(collection);
    stage("serialize (" + bytes.length / 1024 + " KiB)");
    Files.createDirectories(out);
    Files.write(out.resolve("collection.json"), bytes);
    stage("write");
    var snippets = Snippets.render(plan, config.languages(), config.templateDir(), folders, false);
    stage("snippets, all languages (" + snippets.files().size() + " files)");
    OutputDirectory.write(out.resolve("snippets-out"), snippets.files());
    stage("write snippet files");
    System.out.printf("%-34s %7.0f ms (%d operations)%n", "total in main", (System.nanoTime() - start) / 1e6,
        api.operations().size());
  }
}
