package dev.assistcodegen.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.assistcodegen.model.ApiSpec;
import dev.assistcodegen.model.Operation;
import dev.assistcodegen.model.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Folders by tag, or by the first path segment after the ones every path shares. */
class RequestFoldersTest {
  private static Operation op(String path, String... tags) {
    return new Operation("get" + path, "GET", path, "", "", List.of(tags), false, List.of(), Optional.empty(),
        List.of(), List.of());
  }

  private static ApiSpec spec(List<Tag> tags, Operation... ops) {
    return new ApiSpec("T", "1", "", List.of(), Map.of(), tags, List.of(ops), List.of());
  }

  private static List<String> folders(ApiSpec spec, Folders mode) {
    RequestFolders folders = RequestFolders.of(spec, mode);
    List<String> out = new ArrayList<>();
    for (Operation op : spec.operations()) {
      out.add(folders.of(op));
    }
    return out;
  }

  @Test
  void untaggedOperationsGroupByTheSegmentAfterTheSharedOnes() {
    ApiSpec stripeLike = spec(List.of(), op("/v1/customers"), op("/v1/customers/{customer}"),
        op("/v1/payment_intents/{intent}/capture"), op("/v1/accounts/{account}/bank_accounts"));
    assertEquals(List.of("Customers", "Customers", "Payment Intents", "Accounts"), folders(stripeLike, Folders.TAGS));
    assertEquals(folders(stripeLike, Folders.TAGS), folders(stripeLike, Folders.PATHS));
  }

  @Test
  void aMethodOrFormatAfterTheResourceIsNotPartOfTheName() {
    ApiSpec slackLike = spec(List.of(), op("/chat.postMessage"), op("/chat.delete"), op("/admin.users.invite"),
        op("/v1/{parent}/documents:batchGet"), op("/.well-known"));
    assertEquals(List.of("Chat", "Chat", "Admin", "V1", "Well Known"), folders(slackLike, Folders.PATHS));
    ApiSpec google = spec(List.of(), op("/v1/{parent}/documents:batchGet"), op("/v1/{name}:cancel"));
    assertEquals(java.util.Arrays.asList("Documents", null), folders(google, Folders.PATHS));
  }

  @Test
  void aSegmentEveryPathEndsWithIsNotShared() {
    ApiSpec one = spec(List.of(), op("/pets"), op("/pets/{id}"));
    assertEquals(List.of("Pets", "Pets"), folders(one, Folders.PATHS));
    assertEquals(List.of("Customers"), folders(spec(List.of(), op("/v1/customers")), Folders.PATHS));
  }

  @Test
  void sharedVariablesCountAndVariablesNeverNameAFolder() {
    ApiSpec twilioLike = spec(List.of(), op("/2010-04-01/Accounts/{AccountSid}/Calls.json"),
        op("/2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers/{Sid}.json"), op("/2010-04-01/Accounts.json"));
    assertEquals(List.of("Accounts", "Accounts", "Accounts"), folders(twilioLike, Folders.PATHS));
    ApiSpec owner = spec(List.of(), op("/{owner}/repos"), op("/{owner}/gists"), op("/"));
    assertEquals(java.util.Arrays.asList("Repos", "Gists", null), folders(owner, Folders.PATHS));
  }

  @Test
  void tagsWinAndDeclaredTagsComeFirst() {
    ApiSpec mixed = spec(List.of(new Tag("Zoo", ""), new Tag("Unused", "")), op("/v1/items", "Items"),
        op("/v1/zoo"), op("/v1/animals", "Zoo"), op("/v1/items/{id}"));
    RequestFolders folders = RequestFolders.of(mixed, Folders.TAGS);
    Map<String, List<Operation>> groups = folders.group(mixed.operations());
    assertEquals(List.of("Zoo", "Items"), List.copyOf(groups.keySet()));
    assertEquals(List.of("/v1/zoo", "/v1/animals"), groups.get("Zoo").stream().map(Operation::path).toList());
    assertEquals(List.of("/v1/items", "/v1/items/{id}"), groups.get("Items").stream().map(Operation::path).toList());
  }

  @Test
  void foldersComeFromTheWholeSpecNotFromARolesSelection() {
    ApiSpec whole = spec(List.of(), op("/v1/customers/{id}"), op("/v1/customers/{id}/sources"), op("/v1/charges"));
    RequestFolders folders = RequestFolders.of(whole, Folders.PATHS);
    assertEquals(Map.of("Customers", whole.operations().subList(0, 2)), folders.group(whole.operations().subList(0, 2)));
  }
}
