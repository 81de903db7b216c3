package dev.assistcodegen.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.assistcodegen.model.ApiSpec;
import dev.assistcodegen.model.Operation;
import dev.assistcodegen.model.Parameter;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Path keys that hold a fragment or query text: what is sent, and how requests stay apart. */
class PathKeyTest {
  @Test
  void theFragmentIsSplitOffAndQueryTextBecomesPairs() {
    assertEquals(new PathKey("/channels/{arn}/channel-flow", List.of(), "x-amz-chime-bearer"),
        PathKey.of("/channels/{arn}/channel-flow#x-amz-chime-bearer"));
    assertEquals(new PathKey("/", List.of(), "X-Amz-Target=DynamoDB_20120810.GetItem"),
        PathKey.of("/#X-Amz-Target=DynamoDB_20120810.GetItem"));
    assertEquals(new PathKey("/rest", List.of(new PathKey.Pair("method", "flickr.test.echo")), ""),
        PathKey.of("/rest?method=flickr.test.echo"));
    // query text ends where the fragment starts; a bare name has an empty value; %XX is decoded once
    assertEquals(new PathKey("/o", List.of(new PathKey.Pair("uploads", ""), new PathKey.Pair("label", "a b+c")), "f?x"),
        PathKey.of("/o?uploads&&label=a%20b+c#f?x"));
    assertEquals(new PathKey("/items/{id}", List.of(), ""), PathKey.of("/items/{id}"));
  }

  @Test
  void templatesAreNamedAndFilled() {
    PathKey key = PathKey.of("/numbers/{country}?{search}=1&lat={lat}");
    assertEquals(List.of("search", "lat"), key.queryTemplates());
    assertEquals("x-1-y", PathKey.fill("{a}-1-{b}", name -> name.equals("a") ? "x" : "y"));
    assertEquals("$1\\", PathKey.fill("{a}", name -> "$1\\"), "replacement text is taken literally");
  }

  @Test
  void queryTextIsSentAndTheParametersItNamesAreNotSentTwice() {
    Operation op = op("/alerts?lat={lat}&lon={lon}&units=M#by-position",
        param("lat", Parameter.Location.PATH, true, 52.5),
        param("lon", Parameter.Location.QUERY, true, 13.4),
        param("units", Parameter.Location.QUERY, false, "I"),
        param("key", Parameter.Location.QUERY, true, "k1"),
        param("callback", Parameter.Location.QUERY, false, "cb"));
    RequestExample example = RequestExamples.of(op);
    assertEquals("/alerts", example.resolvedPath());
    assertEquals("lat=52.5&lon=13.4&units=M&key=k1", example.resolvedQuery());
    assertEquals(List.of(), example.pathVariables(), "lat is sent in the query, not as a path variable");
    assertEquals(List.of("lat", "lon", "units", "key", "callback"), example.query().stream()
        .map(RequestExample.NameValue::name).toList(), "the declared 'units' gives way to the key's fixed pair");
  }

  @Test
  void requestsThatDifferOnlyByTheirFragmentAreToldApartByName() {
    Operation create = new Operation("BatchCreate", "POST", "/memberships#operation=batch-create", "Change memberships",
        "", List.of(), false, List.of(), Optional.empty(), List.of(), List.of());
    Operation delete = new Operation("BatchDelete", "POST", "/memberships#operation=batch-delete", "Change memberships",
        "", List.of(), false, List.of(), Optional.empty(), List.of(), List.of());
    Operation other = new Operation("Other", "POST", "/memberships/x#y", "Change memberships", "", List.of(), false,
        List.of(), Optional.empty(), List.of(), List.of());
    ApiPlan plan = ApiPlan.of(new ApiSpec("T", "1", "", List.of(), java.util.Map.of(), List.of(),
        List.of(create, delete, other), List.of()));
    assertEquals("Change memberships (#operation=batch-create)", plan.request(create).name());
    assertEquals("Change memberships (#operation=batch-delete)", plan.request(delete).name());
    assertEquals("Change memberships", plan.request(other).name(), "another URL: the name is enough");
    assertEquals("/memberships", plan.request(create).example().resolvedPath());
  }

  private static Operation op(String path, Parameter... parameters) {
    return new Operation("op", "GET", path, "", "", List.of(), false, List.of(parameters), Optional.empty(),
        List.of(), List.of());
  }

  private static Parameter param(String name, Parameter.Location in, boolean required, Object example) {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    return new Parameter(name, in, "", required, false, example instanceof Double d ? nodes.numberNode(d)
        : nodes.textNode(example.toString()), in == Parameter.Location.PATH ? "simple" : "form", true);
  }
}
