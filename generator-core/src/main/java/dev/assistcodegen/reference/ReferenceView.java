package dev.assistcodegen.reference;

import java.util.List;

/**
 * What the reference page's templates receive. Every string is HTML already: spec text escaped in
 * Java ({@link Html}, {@link MarkdownHtml}), so a template only places values and never escapes.
 */
final class ReferenceView {
  private ReferenceView() {}

  /**
   * One HTML file. {@code nav}, {@code intro} and {@code articles} are fragments rendered before;
   * {@code css} and {@code js} are the static files, {@code csp} allows exactly them; {@code data} is
   * the snippets as {@link ScriptJson}.
   */
  record Page(String title, String csp, String css, String js, String api, String file, String nav, String intro,
      List<String> articles, List<Tab> languages, boolean hasCode, List<RoleOption> roles, String data) {}

  /** A language tab: its id (also in the element id {@code tab-<id>}) and its name. */
  record Tab(String id, String name) {}

  /** An option of the role selector: the role's index (nav items name the indices that may call them). */
  record RoleOption(int index, String name, String kind, int count) {}

  /** The left panel: every request of every page, by folder; {@code roles}: the spec has roles. */
  record Nav(List<NavFolder> folders, boolean roles) {}

  /** A folder of the nav; {@code href} is its page when folders have pages of their own, else "". */
  record NavFolder(String name, String href, List<NavItem> items) {}

  /**
   * A request in the nav. {@code title}: its method and path (the search box matches it and the name);
   * {@code roles}: the indices of the roles that may call it, separated by spaces.
   */
  record NavItem(String href, String method, String methodClass, String name, String title, String roles) {}

  /** The main panel of one request. */
  record Request(String anchor, String operationId, String method, String methodClass, String name, String path,
      String url, String folder, boolean deprecated, String summary, String description, String auth, String scopes,
      String roles, boolean hasRoles, List<Parameter> parameters, boolean hasBody, Body body,
      List<Response> responses) {}

  /** A parameter with the value the request sends ({@code value}, as the snippets and the collection send it). */
  record Parameter(String name, String in, boolean required, boolean deprecated, String value, String description) {}

  /** The example body: raw text ({@code text}), or form fields; {@code others}: media types also accepted. */
  record Body(String contentType, String description, boolean hasText, String text, List<Field> fields,
      String others) {}

  /** A form field; {@code file}: a file part (its value is the file name). */
  record Field(String name, String value, boolean file) {}

  /**
   * A documented response; {@code statusClass}: its class of status ({@code 2}, {@code 4}, ... or
   * {@code x} for {@code default}); {@code open}: its example is shown unfolded (the first success).
   */
  record Response(String code, String statusClass, String description, String mediaType, boolean hasExample,
      String example, boolean open) {}

  /** The first view of the index page: the API, its servers and token, the pages, who may call what. */
  record Overview(String title, String version, String description, List<Server> servers, boolean hasToken,
      String tokenUrl, String scope, int requests, List<PageLink> pages, boolean hasMatrix, Matrix matrix,
      int languages) {}

  /** A server (a target of the environments): its label ("" for the only one) and base URL. */
  record Server(String label, String url) {}

  /** A page of requests, linked from the index page. */
  record PageLink(String href, String name, int requests) {}

  /** The first view of a folder's page: the folder's description and its requests. */
  record FolderIntro(String title, String name, String description, String part, List<NavItem> items) {}

  /** ACCESS.md's matrix: the roles (columns) and, by folder, each operation's marks. */
  record Matrix(List<String> columns, List<MatrixFolder> folders) {}

  /** A folder of the matrix. */
  record MatrixFolder(String name, List<MatrixRow> rows) {}

  /** An operation of the matrix; {@code href} is "" when this output does not include it (a role's output). */
  record MatrixRow(String name, String href, String scopes, List<Boolean> marks) {}
}
