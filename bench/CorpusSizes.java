import dev.assistcodegen.Generator;
import dev.assistcodegen.GeneratorConfig;
import dev.assistcodegen.load.SpecLoader;
import dev.assistcodegen.report.GeneratorLog;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The total size of the collections of many specs, generated in one JVM (bench/run row 7: the
 * oas-examples corpus, about 120 specs). Prints "COUNT BYTES FAILED", then "BYTES SPEC" for each spec
 * (-1 when it failed). Snippets are not rendered.
 * Usage: java -cp DIR:assist-codegen.jar CorpusSizes SPEC...
 */
public final class CorpusSizes {
  public static void main(String[] args) {
    long bytes = 0;
    int count = 0;
    int failed = 0;
    StringBuilder each = new StringBuilder();
    for (String spec : args) {
      long size = -1;
      try {
        GeneratorConfig config = GeneratorConfig.builder().spec(spec).outputDir(Path.of("unused"))
            .languages(List.of("none")).build();
        Map<String, byte[]> files = Generator.render(SpecLoader.load(spec, GeneratorLog.silent()), config,
            GeneratorLog.silent());
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
          if (file.getKey().endsWith(".postman_collection.json")) {
            size = file.getValue().length;
          }
        }
        bytes += size;
        count++;
      } catch (RuntimeException e) {
        failed++;
      }
      each.append(size).append(' ').append(spec).append('\n');
    }
    System.out.println(count + " " + bytes + " " + failed);
    System.out.print(each);
  }
}
