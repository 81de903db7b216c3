package dev.assistcodegen.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.assistcodegen.model.Operation;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Names a person reads: operationIds in words, short phrases for saved responses. */
class NamesTest {
  private static Operation op(String id, String summary) {
    return new Operation(id, "GET", "/x", summary, "", List.of(), false, List.of(), Optional.empty(), List.of(),
        List.of());
  }

  @Test
  void identifiersOfEveryCaseStyleBecomeWords() {
    assertEquals("Create Phone Number", Names.words("CreatePhoneNumber"));
    assertEquals("Post Accounts Account Bank Accounts", Names.words("PostAccountsAccountBankAccounts"));
    assertEquals("List Items", Names.words("listItems"));
    assertEquals("List Items", Names.words("list_items"));
    assertEquals("List Items", Names.words("list-items"));
    assertEquals("Repos Get Content", Names.words("repos/get-content"));
    assertEquals("Issues List For Repo", Names.words("issues.listForRepo"));
    assertEquals("Get HTTP Status", Names.words("getHTTPStatus"));
    assertEquals("Get ID", Names.words("getID"));
    assertEquals("Parse XML", Names.words("parseXML"));
    assertEquals("Get V2 Users", Names.words("getV2Users"));
    assertEquals("Oauth2 Token", Names.words("oauth2Token"));
    assertEquals("List Items 2", Names.words("listItems_2"));
    assertEquals("CON", Names.words("CON"));
    assertEquals("Überprüfung Starten", Names.words("überprüfungStarten"));
    assertEquals("", Names.words("_-."));
  }

  @Test
  void aRequestIsNamedByItsSummaryElseByItsOperationIdInWords() {
    assertEquals("List the items", Names.request(op("listItems", "  List the items ")));
    assertEquals("Delete Accounts Account Bank Accounts Id", Names.request(op("DeleteAccountsAccountBankAccountsId", "")));
    assertEquals("__", Names.request(op("__", "")));
  }

  @Test
  void aPhraseIsTheFirstSentenceWithoutItsFullStop() {
    assertEquals("Bad or expired token",
        Names.phrase("Bad or expired token. This can happen if the user revoked a token or\nthe access token has expired.", 60));
    assertEquals("Bad Request", Names.phrase("Bad Request. From Loome's troubleshooting: errors that contain Bad", 60));
    assertEquals("Successful response", Names.phrase("Successful response.", 60));
    assertEquals("Not found!", Names.phrase("Not found! Check the id.", 60));
    assertEquals("Items, e.g. books and films", Names.phrase("Items, e.g. books and films", 60));
    assertEquals("Version 1.2 of the item", Names.phrase("Version 1.2 of the item", 60));
    assertEquals("", Names.phrase("  \n ", 60));
  }

  @Test
  void aLongSentenceIsCutAtAWordWithAnEllipsis() {
    String phrase = Names.phrase("Bad OAuth request (wrong consumer key, bad nonce, expired timestamp...). Unfortunately,"
        + " re-authenticating the user won't help here.", 60);
    assertEquals("Bad OAuth request (wrong consumer key, bad nonce, expired…", phrase);
    assertEquals("Aaaaaaaaa…", Names.phrase("Aaaaaaaaaaaaaaaaaaaaaaaaaaa", 10));
    assertEquals("one two…", Names.phrase("one two, three four five", 12));
  }
}
