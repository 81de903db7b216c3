package dev.assistcodegen.access;

import dev.assistcodegen.model.Operation;
import dev.assistcodegen.plan.Names;
import dev.assistcodegen.plan.RequestFolders;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * ACCESS.md: every operation (grouped by folder, as in the collection) against every role,
 * with a mark where the role may call it, and a one-line summary per role. Columns are padded
 * with spaces so that the Markdown source reads as a table in a terminal too.
 */
public final class AccessMatrix {
  /** The mark for "may call". */
  public static final String MARK = "✓";
  /** The file name. */
  public static final String FILE = "ACCESS.md";

  private final AccessPolicy policy;
  private final RequestFolders folders;

  public AccessMatrix(AccessPolicy policy, RequestFolders folders) {
    this.policy = policy;
    this.folders = folders;
  }

  /** True when there is something to show: a roles file, or scopes granted directly. */
  public static boolean applies(AccessPolicy policy) {
    return policy.rolesFile().isPresent() || !policy.grantedScopes().isEmpty();
  }

  /** A column of the table: a heading and who it marks. */
  private record Column(String heading, Predicate<Operation> mayCall) {}

  /**
   * The matrix as data: the column headings (the roles, then the scopes granted directly) and, per folder
   * (in the collection's order; operations without a folder under "Other operations"), a row per operation.
   */
  public record Table(List<String> columns, Map<String, List<Row>> folders) {}

  /** One operation: the scopes it needs ({@link #scopesText}, or "public") and a mark per column. */
  public record Row(Operation operation, String scopes, List<Boolean> marks) {}

  private static String fileName(String displayName) {
    int slash = Math.max(displayName.lastIndexOf('/'), displayName.lastIndexOf('\\'));
    return displayName.substring(slash + 1);
  }

  /** The matrix of every operation of the spec against every role (and the scopes granted directly). */
  public Table table() {
    List<Column> columns = columns();
    Map<String, List<Row>> folders = new LinkedHashMap<>();
    for (Map.Entry<String, List<Operation>> folder : groups(policy.spec().operations()).entrySet()) {
      List<Row> rows = new ArrayList<>();
      for (Operation op : folder.getValue()) {
        rows.add(new Row(op, op.isPublic() ? "public" : scopesText(op),
            columns.stream().map(c -> c.mayCall().test(op)).toList()));
      }
      folders.put(folder.getKey(), rows);
    }
    return new Table(columns.stream().map(Column::heading).toList(), folders);
  }

  private List<Column> columns() {
    List<Column> columns = new ArrayList<>();
    for (Role role : policy.roles()) {
      columns.add(new Column(role.name(), op -> policy.mayCall(role, op)));
    }
    if (!policy.grantedScopes().isEmpty()) {
      columns.add(new Column("Scopes " + String.join(" ", policy.grantedScopes()),
          op -> policy.satisfied(op, policy.grantedScopes())));
    }
    return columns;
  }

  public String render() {
    List<Operation> all = policy.spec().operations();
    Table table = table();

    StringBuilder md = new StringBuilder();
    md.append("# Who may call what: ").append(inline(policy.spec().title())).append("\n\n");
    md.append(MARK).append(" marks the operations a role may call. A role may call an operation when it holds ")
        .append("every scope of one of the operation's security requirements");
    if (policy.roles().stream().anyMatch(r -> r.kind() == RoleKind.PROJECT)) {
      md.append("; a project role only gets operations on one project (those that require the `")
          .append(policy.projectParameter()).append("` parameter, in the path or the query)");
    }
    md.append(".");
    // the file name only: output must not depend on where the spec lives
    policy.rolesFile().ifPresent(f -> md.append(" Roles from `").append(fileName(f.displayName()).replace("`", "'"))
        .append("`."));
    md.append("\n\n");
    if (policy.hasSelection()) {
      long kept = all.stream().filter(policy::selected).count();
      md.append("This output is for **").append(inline(policy.label())).append("**: ").append(kept).append(" of ")
          .append(all.size()).append(" operations.\n\n");
    }

    md.append("## Summary\n\n");
    for (Role role : policy.roles()) {
      int n = policy.operationsFor(role).size();
      md.append("- **").append(inline(role.name())).append("** (").append(role.kind().label()).append("): ")
          .append(n).append(" of ").append(all.size()).append(" operations").append('\n');
    }
    if (!policy.grantedScopes().isEmpty()) {
      long n = all.stream().filter(op -> policy.satisfied(op, policy.grantedScopes())).count();
      md.append("- **Scopes ").append(inline(String.join(" ", policy.grantedScopes()))).append("** (granted with --scopes): ")
          .append(n).append(" of ").append(all.size()).append(" operations\n");
    }

    List<String> headings = new ArrayList<>(List.of("Operation", "Scopes"));
    table.columns().forEach(c -> headings.add(inline(c)));
    Map<String, List<List<String>>> tables = new LinkedHashMap<>();
    table.folders().forEach((folder, rows) -> tables.put(folder, rows.stream().map(row -> {
      List<String> cells = new ArrayList<>();
      cells.add(inline(Names.request(row.operation())));
      cells.add(row.operation().isPublic() ? row.scopes() : inline(row.scopes()));
      row.marks().forEach(mark -> cells.add(mark ? MARK : ""));
      return cells;
    }).toList()));
    int[] widths = new int[headings.size()];
    for (int i = 0; i < headings.size(); i++) {
      widths[i] = Math.max(3, width(headings.get(i)));
    }
    tables.values().forEach(rows -> rows.forEach(row -> {
      for (int i = 0; i < row.size(); i++) {
        widths[i] = Math.max(widths[i], width(row.get(i)));
      }
    }));
    for (Map.Entry<String, List<List<String>>> t : tables.entrySet()) {
      md.append("\n## ").append(inline(t.getKey())).append("\n\n");
      md.append(row(headings, widths, 2)).append('\n');
      md.append(rule(widths, 2)).append('\n');
      for (List<String> row : t.getValue()) {
        md.append(row(row, widths, 2)).append('\n');
      }
    }
    return md.toString();
  }

  /**
   * What an operation needs, e.g. {@code projects.read}, {@code a + b or c} (alternatives), or the
   * scheme names of an alternative without scopes: {@code (apiKey)}.
   */
  public static String scopesText(Operation op) {
    List<String> alternatives = new ArrayList<>();
    op.security().forEach(r -> {
      List<String> scopes = r.schemes().stream().flatMap(s -> s.scopes().stream()).distinct().toList();
      alternatives.add(scopes.isEmpty() ? "(" + String.join(" + ", r.schemes().stream()
          .map(s -> s.scheme()).toList()) + ")" : String.join(" + ", scopes));
    });
    return String.join(" or ", alternatives);
  }

  /** Operations by folder, as the collection groups them; those without a folder last. */
  private Map<String, List<Operation>> groups(List<Operation> operations) {
    Map<String, List<Operation>> groups = new LinkedHashMap<>();
    folders.group(operations)
        .forEach((name, ops) -> groups.put(name == null ? "Other operations" : name, ops));
    return groups;
  }

  /** Columns from {@code firstMark} on are marks: centred. */
  private static String row(List<String> cells, int[] widths, int firstMark) {
    StringBuilder line = new StringBuilder("|");
    for (int i = 0; i < cells.size(); i++) {
      String cell = cells.get(i);
      int pad = widths[i] - width(cell);
      int left = i >= firstMark ? pad / 2 : 0;
      line.append(' ').append(" ".repeat(left)).append(cell).append(" ".repeat(pad - left)).append(" |");
    }
    return line.toString();
  }

  private static String rule(int[] widths, int firstMark) {
    StringBuilder line = new StringBuilder("|");
    for (int i = 0; i < widths.length; i++) {
      line.append(i >= firstMark ? " :" + "-".repeat(widths[i] - 2) + ": |" : " " + "-".repeat(widths[i]) + " |");
    }
    return line.toString();
  }

  private static int width(String text) {
    return text.codePointCount(0, text.length());
  }

  /** Spec text inside a table cell or heading: one line, no table or emphasis breakage. */
  static String inline(String text) {
    return text.replaceAll("\\s*\\R\\s*", " ").replace("\\", "\\\\").replace("|", "\\|").replace("*", "\\*")
        .replace("<", "&lt;").strip();
  }
}
