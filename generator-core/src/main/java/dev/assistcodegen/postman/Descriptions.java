package dev.assistcodegen.postman;

import dev.assistcodegen.model.Operation;
import dev.assistcodegen.model.Parameter;
import dev.assistcodegen.model.RequestBody;
import dev.assistcodegen.model.Response;
import dev.assistcodegen.plan.RequestNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The Markdown description of a request: the operation's text, its parameters and the access it needs. */
final class Descriptions {
  private Descriptions() {}

  /** The request's name ({@link RequestNames}). */
  static String itemName(Operation op) {
    return RequestNames.of(op);
  }

  /** A request's planned name ({@link dev.assistcodegen.plan.RequestPlan#name}) as the collection shows it. */
  static String itemName(String requestName) {
    return RequestNames.of(requestName);
  }

  static String request(Operation op, List<String> extraSections) {
    StringBuilder md = new StringBuilder();
    if (op.deprecated()) {
      md.append("**Deprecated:** the API marks this operation as deprecated.\n\n");
    }
    if (!op.description().isBlank()) {
      md.append(op.description().strip()).append("\n\n");
    }
    if (!op.summary().isBlank() && (op.description().isBlank() || !itemName(op).equals(op.summary().strip()))) {
      md.append(op.summary().strip()).append("\n\n");
    }
    md.append("`").append(op.method()).append(' ').append(op.path().replace("`", "'")).append("` (operationId ")
        .append(Markdown.code(op.operationId())).append(")\n");
    op.requestBody().filter(b -> !b.otherMediaTypes().isEmpty()).ifPresent(b -> {
      // the request sends one media type (JSON preferred); the others the operation accepts are named here
      md.append("\nRequest body: ").append(Markdown.code(b.mediaType())).append(" (sent by this request)")
          .append(b.description().isBlank() ? "" : ": " + b.description().strip().replaceAll("\\R", " "))
          .append("\nAlso accepted: ");
      md.append(String.join(", ", b.otherMediaTypes().stream().map(Markdown::code).toList())).append('\n');
    });
    shortenedExamples(op).ifPresent(line -> md.append('\n').append(line).append('\n'));
    if (!op.parameters().isEmpty()) {
      md.append("\n| Parameter | In | Required | Description |\n|---|---|---|---|\n");
      for (Parameter p : op.parameters()) {
        md.append("| ").append(Markdown.code(p.name())).append(" | ").append(p.in().name().toLowerCase(Locale.ROOT))
            .append(" | ").append(p.required() ? "yes" : "no").append(" | ")
            .append(Markdown.cell((p.deprecated() ? "(deprecated) " : "") + p.description())).append(" |\n");
      }
    }
    for (String section : extraSections) {
      if (section != null && !section.isBlank()) {
        md.append('\n').append(section.strip()).append('\n');
      }
    }
    return md.toString();
  }

  /** The line saying which examples the example budget shortened, if any (docs/examples.md explains the budget). */
  static Optional<String> shortenedExamples(Operation op) {
    List<String> which = new ArrayList<>();
    op.requestBody().filter(RequestBody::exampleShortened).ifPresent(b -> which.add("the request body"));
    op.responses().stream().filter(Response::exampleShortened).forEach(r -> which.add("response " + r.code()));
    return which.isEmpty() ? Optional.empty() : Optional.of("Example shortened (optional properties left out to stay "
        + "readable; the spec's schema has them all): " + String.join(", ", which) + ".");
  }
}
