package dev.assistcodegen.postman;

/**
 * What each request of the collection tests about its response (besides the 401/403 guidance, which
 * always runs first): nothing, the status, or the whole documented contract.
 */
public enum ResponseTests {
  /** No response tests. */
  NONE,
  /** The status is one the spec documents for the operation, and a 2xx when the operation documents one. */
  STATUS,
  /**
   * The status as above, then for the documented response of that status: its Content-Type, its JSON body
   * against the response schema, its required headers, and the response time when the
   * {@code maxResponseTimeMs} variable is set.
   */
  CONTRACT;

  /** True when the collection carries any response test. */
  boolean any() {
    return this != NONE;
  }
}
