package dev.assistcodegen.reference;

import dev.assistcodegen.access.AccessMatrix;
import dev.assistcodegen.access.AccessPolicy;
import dev.assistcodegen.model.Operation;
import dev.assistcodegen.plan.ApiPlan;
import dev.assistcodegen.plan.RequestFolders;
import dev.assistcodegen.plan.RequestNames;
import dev.assistcodegen.plan.ServerUrls;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The first view of the index page: the API, where it is, how a token is fetched, the pages, who may call what. */
final class Overviews {
  private Overviews() {}

  static ReferenceView.Overview of(ApiPlan plan, AccessPolicy access, RequestFolders folders, String title,
      PageLayout layout, Map<String, String> anchors, int languages) {
    List<ReferenceView.Server> servers = new ArrayList<>();
    for (ServerUrls.Target target : plan.targets()) {
      servers.add(new ReferenceView.Server(Html.text(target.label()), Html.text(target.baseUrl())));
    }
    Map<String, String> fileOf = new HashMap<>();
    List<ReferenceView.PageLink> pages = new ArrayList<>();
    for (PageLayout.Page page : layout.pages()) {
      page.operations().forEach(op -> fileOf.put(op.operationId(), page.file()));
      if (!page.index()) {
        pages.add(new ReferenceView.PageLink(Html.text(page.file()),
            Html.text(page.folder() + (page.part() > 1 ? " (part " + page.part() + ")" : "")),
            page.operations().size()));
      }
    }
    boolean hasMatrix = AccessMatrix.applies(access);
    ReferenceView.Matrix matrix = hasMatrix ? matrix(new AccessMatrix(access, folders).table(), fileOf, anchors)
        : new ReferenceView.Matrix(List.of(), List.of());
    boolean token = plan.tokenScript() != null;
    return new ReferenceView.Overview(Html.text(title), Html.text(plan.spec().version()),
        MarkdownHtml.render(plan.spec().description(), 3), servers, token, token ? Html.text(plan.tokenUrl()) : "",
        token ? Html.text(plan.tokenScope()) : "", plan.spec().operations().size(), pages, hasMatrix, matrix,
        languages);
  }

  private static ReferenceView.Matrix matrix(AccessMatrix.Table table, Map<String, String> fileOf,
      Map<String, String> anchors) {
    List<ReferenceView.MatrixFolder> out = new ArrayList<>();
    table.folders().forEach((folder, rows) -> {
      List<ReferenceView.MatrixRow> matrixRows = new ArrayList<>();
      for (AccessMatrix.Row row : rows) {
        Operation op = row.operation();
        String file = fileOf.get(op.operationId());
        String href = file == null ? "" : Html.text(file + "#" + anchors.get(op.operationId()));
        matrixRows.add(new ReferenceView.MatrixRow(Html.text(RequestNames.of(op)), href, Html.text(row.scopes()),
            row.marks()));
      }
      out.add(new ReferenceView.MatrixFolder(Html.text(folder), matrixRows));
    });
    return new ReferenceView.Matrix(table.columns().stream().map(Html::text).toList(), out);
  }
}
