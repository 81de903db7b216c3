import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;

/**
 * The floor for the benchmark: the least any JVM tool must do with a spec, namely read it into a
 * Jackson tree and write it back out as indented JSON. Usage: java Floor SPEC OUT
 */
public final class Floor {
  public static void main(String[] args) throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    JsonNode tree = mapper.readTree(new File(args[0]));
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    mapper.writer(new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter))
        .writeValue(new File(args[1]), tree);
  }
}
