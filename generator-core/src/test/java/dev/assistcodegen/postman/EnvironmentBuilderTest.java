package dev.assistcodegen.postman;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.assistcodegen.plan.AuthVariable;
import dev.assistcodegen.plan.ServerUrls;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnvironmentBuilderTest {
  @Test
  void declaresEveryAuthVariableWithSecretsEmptyAndTypedSecret() {
    ObjectNode env = EnvironmentBuilder.build("API", new ServerUrls.Target("au", "au", "https://x", "https://id"),
        List.of(new AuthVariable("tokenUrl", "https://id", false, ""),
            new AuthVariable("clientSecret", "must-not-appear", true, "")));
    assertEquals("API (au)", env.path("name").asText());
    assertEquals("[{\"key\":\"baseUrl\",\"value\":\"https://x\",\"type\":\"default\",\"enabled\":true},"
        + "{\"key\":\"tokenUrl\",\"value\":\"https://id\",\"type\":\"default\",\"enabled\":true},"
        + "{\"key\":\"clientSecret\",\"value\":\"\",\"type\":\"secret\",\"enabled\":true}]",
        env.path("values").toString());
  }
}
