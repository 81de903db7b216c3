package dev.assistcodegen.plan;

import java.util.List;

/**
 * The one wording of what a refused call means, used by the collection's scripts (as data)
 * and by every snippet, so both tell a user the same facts: 400 or 401 from a token request
 * or 401 from the API most likely means the Client ID was removed from the tenant or the key
 * expired; 403 means the key's role lacks the privilege, with the scopes and the roles that
 * have it. {@code credentials} names where the user keeps them, e.g. "clientId and
 * clientSecret" in Postman or "CLIENT_ID and CLIENT_SECRET" in a snippet.
 */
public final class AccessGuidance {
  private AccessGuidance() {}

  /** After "HTTP 401: " when the token came from client credentials. */
  public static String tokenNotAccepted(String credentials) {
    return "the API did not accept the access token of your Client ID. Most likely the Client ID was removed "
        + "from the tenant or the API key has expired: check the key in the product, or create a new one and "
        + "update " + credentials + ".";
  }

  /** After "HTTP 401: " for other credentials (API key, basic, bearer). */
  public static String credentialsNotAccepted(String credentials) {
    return "the API did not accept the credentials" + (credentials.isBlank() ? "" : " in " + credentials)
        + ". Check that they are filled in and still valid.";
  }

  /** After the token endpoint's status: what a refused client-credentials token request means. */
  public static String tokenRefused(String credentials, String apiName) {
    return "400 or 401 most likely means the Client ID was removed from the tenant or the API key has expired. "
        + "Check that " + credentials + " hold the Client ID and Client Secret of an API key of " + apiName
        + ", that the key has not expired, and that the IPv4 firewall rules of the key allow the address you "
        + "are calling from.";
  }

  /**
   * The 403 text: "403 Forbidden: the role of your API key lacks the privilege for GET /x. It
   * needs the scope a or b. Roles that have it: R1, R2. Add the key to a role that has it."
   */
  public static String forbidden(String operation, List<String> scopes, List<String> roles,
      boolean clientCredentials) {
    StringBuilder text = new StringBuilder("403 Forbidden: the ")
        .append(clientCredentials ? "role of your API key" : "caller")
        .append(" lacks the privilege for ").append(operation).append('.');
    if (!scopes.isEmpty()) {
      text.append(" It needs the scope ").append(String.join(" or ", scopes)).append('.');
    }
    if (!roles.isEmpty()) {
      text.append(" Roles that have it: ").append(String.join(", ", roles)).append('.');
    }
    if (clientCredentials) {
      text.append(" Add the key to a role that has it.");
    }
    return text.toString();
  }
}
