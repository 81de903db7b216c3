package dev.assistcodegen.cli;

import dev.assistcodegen.access.AccessPolicy;
import dev.assistcodegen.access.Role;
import dev.assistcodegen.access.RoleKind;
import dev.assistcodegen.access.RolesFile;
import dev.assistcodegen.access.RolesFiles;
import dev.assistcodegen.load.SpecLoader;
import dev.assistcodegen.model.ApiSpec;
import dev.assistcodegen.report.GenerationException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code roles}: the roles of a spec, their kind, and how many operations each may call. */
@Command(
    name = "roles",
    abbreviateSynopsis = true,
    descriptionHeading = "%n",
    description = {
        "Lists the roles of a spec (from its roles file) with their kind and how many operations each may call.",
        "",
        "Use a name with 'generate --role NAME'; ACCESS.md in the output shows every operation against every role."},
    optionListHeading = "%nOptions:%n")
final class RolesCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  SpecOptions input;

  @Mixin
  VerboseOption verbose;

  @Mixin
  HelpOption help;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    ConsoleLog log = new ConsoleLog(out, spec.commandLine().getErr(), verbose.verbose);
    String specLocation = input.spec;
    ApiSpec api = SpecLoader.load(specLocation, log);
    RolesFile file = RolesFiles.find(specLocation, input.rolesFile, api);
    if (file == null) {
      throw new GenerationException((specLocation == null ? "the spec" : specLocation) + " has no roles file: put a "
          + "<name>.roles.yaml next to it or pass --roles-file FILE (or generate with --scopes a,b)");
    }
    AccessPolicy policy = AccessPolicy.of(api, file, List.of(), List.of());
    int nameWidth = Math.max(4, file.roles().stream().mapToInt(r -> r.name().length()).max().orElse(4));
    int total = api.operations().size();
    out.println("Roles of " + api.title() + " (" + file.displayName() + "):");
    out.println();
    out.printf("  %-" + nameWidth + "s  %-11s  %s%n", "ROLE", "KIND", "OPERATIONS");
    for (Role role : file.roles()) {
      out.printf("  %-" + nameWidth + "s  %-11s  %d of %d%n", role.name(), role.kind().label(),
          policy.operationsFor(role).size(), total);
    }
    out.println();
    out.println("Generate for a role: assist-codegen generate --role \"" + file.roles().get(0).name() + "\""
        + (file.roles().stream().anyMatch(r -> r.kind() == RoleKind.PROJECT)
            ? " (project roles: add --project-id ID)" : ""));
    out.flush();
    return 0;
  }

}
