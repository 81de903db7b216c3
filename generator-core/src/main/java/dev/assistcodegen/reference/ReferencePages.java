package dev.assistcodegen.reference;

import dev.assistcodegen.access.AccessPolicy;
import dev.assistcodegen.access.Role;
import dev.assistcodegen.model.Operation;
import dev.assistcodegen.plan.ApiPlan;
import dev.assistcodegen.plan.RequestFolders;
import dev.assistcodegen.plan.RequestNames;
import dev.assistcodegen.plan.Slugs;
import dev.assistcodegen.render.Templates;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The reference page: {@code reference/index.html}, for people who call the API from a script and never
 * open Postman. Pick a request on the left (search, role filter), read what it sends and gets back in the
 * middle, copy its snippet in your language on the right. Self-contained: the style sheet and script are
 * inside each page (allowed by its Content-Security-Policy by their hashes), nothing is loaded from
 * anywhere, and it works from the file system. When everything does not fit into one page of
 * {@link #PAGE_BUDGET} bytes, each folder gets pages of its own, linked from the index page.
 */
public final class ReferencePages {
  /** The folder the pages are written to, in the output directory. */
  public static final String FOLDER = "reference";
  /** About the most a page holds; more requests get more pages (the budget is 5 MB per page). */
  static final long PAGE_BUDGET = 3_000_000;
  /** The index's entry in the navigation of a folder's page. */
  static final String ALL_REQUESTS = "All requests";
  /** Element ids of the page itself, which no request's anchor may take. */
  private static final List<String> PAGE_IDS = List.of("main", "nav", "nav-toggle", "search", "no-match", "role",
      "role-status", "intro", "code", "code-panel", "code-path", "code-text", "code-empty", "copy", "copy-status",
      "reference-data", "tabs", "role-note", "skip");

  private final ApiPlan plan;
  private final AccessPolicy access;
  private final RequestFolders folders;
  private final String title;
  private final Function<Operation, List<Code>> code;
  private final Templates templates;
  private final Map<String, String> anchors = new LinkedHashMap<>();
  private final List<Role> roles;

  private ReferencePages(ApiPlan plan, AccessPolicy access, RequestFolders folders, String title,
      Function<Operation, List<Code>> code, Templates templates) {
    this.plan = plan;
    this.access = access;
    this.folders = folders;
    this.title = title;
    this.code = code;
    this.templates = templates;
    this.roles = access.roles();
  }

  /**
   * The files of the reference page, keyed by path relative to the output directory.
   *
   * @param plan the requests (those of the output: a role's output has only the role's)
   * @param access who may call what (the role selector and the matrix)
   * @param folders how requests are grouped, as in the collection
   * @param title the page title: the collection's name
   * @param code each request's snippets, in the order of the language tabs (empty for none)
   * @param templateDir a user's template folder, searched first (null for the built-in templates)
   */
  public static Map<String, byte[]> render(ApiPlan plan, AccessPolicy access, RequestFolders folders, String title,
      Function<Operation, List<Code>> code, Path templateDir) {
    ReferencePages pages = new ReferencePages(Objects.requireNonNull(plan, "plan == null"),
        Objects.requireNonNull(access, "access == null"), Objects.requireNonNull(folders, "folders == null"),
        Objects.requireNonNull(title, "title == null"), Objects.requireNonNull(code, "code == null"),
        new Templates(templateDir));
    return pages.render();
  }

  private Map<String, byte[]> render() {
    Map<String, List<Operation>> groups = new LinkedHashMap<>();
    folders.group(plan.spec().operations())
        .forEach((name, ops) -> groups.put(name == null ? "Other requests" : name, ops));
    List<ReferenceView.Tab> tabs = tabs();
    assignAnchors(tabs);
    // by operationId: an operation's own hashCode walks all its examples
    Map<String, String> articles = new HashMap<>();
    groups.forEach((folder, ops) -> ops.forEach(op -> articles.put(op.operationId(), article(op, folder))));
    PageLayout layout = PageLayout.of(groups, new PageLayout.Sizes() {
      @Override
      public long article(Operation op) {
        return articles.get(op.operationId()).length();
      }

      @Override
      public String anchor(Operation op) {
        return anchors.get(op.operationId());
      }

      @Override
      public List<Code> code(Operation op) {
        return code.apply(op);
      }
    }, PAGE_BUDGET);
    // one page: its own list; several: the index lists every request, a folder's page only its own folder's
    // (and a link back), so the pages together grow with the number of requests, not with its square
    String fullNav = templates.render("_reference/nav.html.ftl", Map.of("v", navView(layout, null)));
    Map<String, byte[]> files = new LinkedHashMap<>();
    StaticFiles statics = StaticFiles.load(templates);
    List<ReferenceView.RoleOption> roleOptions = roleOptions();
    for (PageLayout.Page page : layout.pages()) {
      String intro = page.index() ? overview(layout, tabs.size()) : folderIntro(page, layout);
      String nav = layout.single() || page.index() ? fullNav
          : templates.render("_reference/nav.html.ftl", Map.of("v", navView(layout, page.folder())));
      List<String> html = page.operations().stream().map(op -> articles.get(op.operationId())).toList();
      ReferenceView.Page view = new ReferenceView.Page(Html.text(title), statics.csp(), statics.css(),
          statics.js(), Html.text(Slugs.of(title, "api")), page.file(), nav, intro, html, tabs, !tabs.isEmpty(),
          roleOptions, page.codeTable().json());
      files.put(FOLDER + "/" + page.file(), templates.renderUtf8("_reference/page.html.ftl", Map.of("v", view)));
    }
    return files;
  }

  private List<ReferenceView.Tab> tabs() {
    List<ReferenceView.Tab> tabs = new ArrayList<>();
    if (plan.spec().operations().isEmpty()) {
      return tabs;
    }
    for (Code c : code.apply(plan.spec().operations().get(0))) {
      tabs.add(new ReferenceView.Tab(Html.text(c.languageId()), Html.text(c.languageName())));
    }
    return tabs;
  }

  /** An anchor per request (its name as a slug), unique, and none an id the page itself uses. */
  private void assignAnchors(List<ReferenceView.Tab> tabs) {
    Set<String> taken = new HashSet<>(PAGE_IDS);
    tabs.forEach(t -> taken.add("tab-" + t.id()));
    for (Operation op : plan.spec().operations()) {
      String base = Slugs.of(plan.request(op).name(), Slugs.of(op.operationId(), "request"));
      String anchor = base;
      for (int n = 2; !taken.add(anchor); n++) {
        anchor = base + "-" + n;
      }
      anchors.put(op.operationId(), anchor);
    }
  }

  private String article(Operation op, String folder) {
    List<String> callers = access.rolesFor(op);
    ReferenceView.Request view = RequestViews.of(plan.request(op), anchors.get(op.operationId()), folder, callers,
        !roles.isEmpty());
    return templates.render("_reference/request.html.ftl", Map.of("r", view));
  }

  /** The navigation: of every folder, or (a folder's page) of {@code only}, after a link to the index. */
  private ReferenceView.Nav navView(PageLayout layout, String only) {
    List<ReferenceView.NavFolder> out = new ArrayList<>();
    if (only != null) {
      out.add(new ReferenceView.NavFolder(Html.text(ALL_REQUESTS), "index.html", List.of()));
    }
    layout.folders().forEach((folder, pages) -> {
      if (only != null && !only.equals(folder)) {
        return;
      }
      List<ReferenceView.NavItem> items = new ArrayList<>();
      for (PageLayout.Page page : pages) {
        page.operations().stream().filter(op -> folder.equals(layout.folderOf(op)))
            .forEach(op -> items.add(navItem(op, page.file())));
      }
      out.add(new ReferenceView.NavFolder(Html.text(folder),
          layout.single() ? "" : Html.text(pages.get(0).file()), items));
    });
    return new ReferenceView.Nav(out, !roles.isEmpty());
  }

  private ReferenceView.NavItem navItem(Operation op, String file) {
    String method = plan.request(op).method();
    String name = RequestNames.of(plan.request(op).name());
    List<String> callers = new ArrayList<>();
    for (int i = 0; i < roles.size(); i++) {
      if (access.mayCall(roles.get(i), op)) {
        callers.add(String.valueOf(i));
      }
    }
    return new ReferenceView.NavItem(Html.text(file + "#" + anchors.get(op.operationId())), Html.text(method),
        method.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", ""), Html.text(name), Html.line(method + " " + op.path()),
        String.join(" ", callers));
  }

  private List<ReferenceView.RoleOption> roleOptions() {
    List<ReferenceView.RoleOption> out = new ArrayList<>();
    for (int i = 0; i < roles.size(); i++) {
      Role role = roles.get(i);
      int count = (int) plan.spec().operations().stream().filter(op -> access.mayCall(role, op)).count();
      out.add(new ReferenceView.RoleOption(i, Html.text(role.name()), Html.text(role.kind().label()), count));
    }
    return out;
  }

  private String overview(PageLayout layout, int languages) {
    ReferenceView.Overview view = Overviews.of(plan, access, folders, title, layout, anchors, languages);
    return templates.render("_reference/overview.html.ftl", Map.of("v", view));
  }

  private String folderIntro(PageLayout.Page page, PageLayout layout) {
    String description = plan.spec().tags().stream().filter(t -> t.name().equals(page.folder()))
        .map(t -> MarkdownHtml.render(t.description(), 3)).findFirst().orElse("");
    int parts = layout.folders().get(page.folder()).size();
    String part = parts == 1 ? "" : "part " + page.part() + " of " + parts;
    List<ReferenceView.NavItem> items = page.operations().stream().map(op -> navItem(op, page.file())).toList();
    ReferenceView.FolderIntro view = new ReferenceView.FolderIntro(Html.text(title), Html.text(page.folder()),
        description, part, items);
    return templates.render("_reference/folder.html.ftl", Map.of("v", view));
  }
}
