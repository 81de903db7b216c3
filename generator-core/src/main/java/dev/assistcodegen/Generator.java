package dev.assistcodegen;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.assistcodegen.access.AccessMatrix;
import dev.assistcodegen.access.AccessPolicy;
import dev.assistcodegen.access.ProjectScope;
import dev.assistcodegen.access.RolesFileReader;
import dev.assistcodegen.access.RolesFiles;
import dev.assistcodegen.load.SpecLoader;
import dev.assistcodegen.load.SpecSource;
import dev.assistcodegen.merge.CollectionMerge;
import dev.assistcodegen.merge.ExistingCollection;
import dev.assistcodegen.model.ApiSpec;
import dev.assistcodegen.model.Operation;
import dev.assistcodegen.output.OutputDirectory;
import dev.assistcodegen.plan.ApiPlan;
import dev.assistcodegen.plan.RequestFolders;
import dev.assistcodegen.plan.ServerUrls;
import dev.assistcodegen.plan.Slugs;
import dev.assistcodegen.postman.CollectionBuilder;
import dev.assistcodegen.postman.CollectionValidator;
import dev.assistcodegen.postman.EnvironmentBuilder;
import dev.assistcodegen.postman.PostmanJson;
import dev.assistcodegen.reference.Code;
import dev.assistcodegen.reference.ReferenceFormat;
import dev.assistcodegen.reference.ReferencePages;
import dev.assistcodegen.report.GenerationException;
import dev.assistcodegen.report.GeneratorLog;
import dev.assistcodegen.snippets.Snippets;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** The one entry point: spec in, collection, environments (and later snippets) out. */
public final class Generator {
  private Generator() {}

  /** Generates every file for {@code config} and writes them, all or nothing. */
  public static GenerationResult generate(GeneratorConfig config, GeneratorLog log) {
    ApiSpec spec = SpecLoader.load(config.spec(), log);
    log.debug("loaded " + spec.operations().size() + " operations from " + (config.spec() == null ? "the embedded spec" : config.spec()));
    Map<String, byte[]> files = render(spec, config, log);
    OutputSizes sizes = OutputSizes.of(files);
    List<Path> written = OutputDirectory.write(config.outputDir(), files);
    int generated = config.roles().isEmpty() && config.scopes().isEmpty() ? spec.operations().size()
        : AccessPolicy.of(spec, RolesFiles.find(config.spec(), config.rolesFile(), spec), config.roles(),
            config.scopes()).apply().operations().size();
    return new GenerationResult(spec.title(), generated, written, sizes);
  }

  /**
   * What a run with no spec reads besides its options: the embedded Loome Assist spec and its roles
   * file, by file name (for a front end that decides whether its output is up to date).
   */
  public static Map<String, byte[]> embeddedSpecFiles() {
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (String resource : List.of(SpecSource.EMBEDDED_RESOURCE, RolesFileReader.EMBEDDED_RESOURCE)) {
      try (InputStream in = Generator.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new GenerationException(resource + " is missing from the jar");
        }
        files.put(resource.substring(resource.lastIndexOf('/') + 1), in.readAllBytes());
      } catch (IOException e) {
        throw new GenerationException("cannot read " + resource + ": " + e.getMessage(), e);
      }
    }
    return files;
  }

  /** Renders every output file in memory, keyed by path relative to the output directory. */
  public static Map<String, byte[]> render(ApiSpec fullSpec, GeneratorConfig config, GeneratorLog log) {
    // read first: a wrong file to merge into stops the run before any work
    ObjectNode existing = config.mergeInto() == null ? null : ExistingCollection.read(config.mergeInto());
    AccessPolicy access = AccessPolicy.of(fullSpec,
        RolesFiles.find(config.spec(), config.rolesFile(), fullSpec), config.roles(), config.scopes());
    if (access.projectScoped() && config.projectId() == null) {
      log.warn("a project role's collection is for one project: pass --project-id ID (using the spec's example id for now)");
    }
    ApiSpec spec = ProjectScope.apply(access.apply(), access.projectParameter(), config.projectId());
    // the role is in the name, so collections for several roles get distinct files and ids
    String name = fullSpec.title() + (access.hasSelection() ? " (" + access.label() + ")" : "");
    String slug = Slugs.of(name, "api");
    // what each request sends, worked out once; the collection and the snippets only write it down
    ApiPlan plan = ApiPlan.of(spec, access::rolesFor);
    // folders from the whole spec: every role's collection, its snippets and ACCESS.md group alike
    RequestFolders folders = RequestFolders.of(fullSpec, config.folders());
    CollectionBuilder builder = new CollectionBuilder(plan, folders, config.projectId(), name, access)
        .responseTests(config.tests());
    Snippets snippets = Snippets.render(plan, config.languages(), config.templateDir(), folders,
        config.embedSnippets());
    if (config.embedSnippets()) {
      builder.descriptionSection(snippets::markdownFor);
    }
    // the reference page needs only the plan and the snippets: it is written while the collection is built
    // and serialized, which use one core
    CompletableFuture<Map<String, byte[]>> reference = config.reference() == ReferenceFormat.HTML
        ? CompletableFuture.supplyAsync(() -> ReferencePages.render(plan, access, folders, name,
            op -> code(snippets, op), config.templateDir()))
        : CompletableFuture.completedFuture(Map.of());
    // one slot, emptied once the tree is no longer needed (on 10,000+ operations it is most of the heap)
    ObjectNode[] collection = {builder.build()};
    builder.warnings().forEach(log::warn);
    if (existing != null) {
      CollectionMerge.Result merged = CollectionMerge.merge(existing, collection[0], config.prune(),
          config.mergeInto().toString());
      existing = null;
      merged.summary().lines().forEach(log::info);
    }
    // the schema check and the serialization both only read the tree: run them side by side
    CompletableFuture<List<String>> validation = config.checkCollection()
        ? CompletableFuture.supplyAsync(() -> CollectionValidator.validate(collection[0]))
        : CompletableFuture.completedFuture(List.of());
    var collectionSegments = PostmanJson.prettySegments(collection[0]);
    List<String> problems = joined(validation);
    // let the tree and the schema check's bookkeeping go before the bytes are copied into one array
    collection[0] = null;
    byte[] collectionJson = collectionSegments.toByteArray();
    collectionSegments = null;
    if (config.checkCollection()) {
      log.debug("checked the collection against the Postman v2.1 schema: " + problems.size() + " problems");
    }
    if (!problems.isEmpty()) {
      String first = String.join("; ", problems.subList(0, Math.min(5, problems.size())));
      if (config.mergeInto() != null) {
        // what was merged in from the user's collection may be what breaks it
        throw new GenerationException(config.mergeInto() + ": the collection merged with it breaks the Postman v2.1"
            + " schema: " + first);
      }
      throw new IllegalStateException("generated collection breaks the Postman v2.1 schema (a bug in assist-codegen): "
          + first);
    }
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put(slug + ".postman_collection.json", collectionJson);
    List<ServerUrls.Target> targets = plan.targets();
    for (ServerUrls.Target target : targets) {
      String file = slug + (target.suffix().isEmpty() || targets.size() == 1 ? "" : "-" + target.suffix())
          + ".postman_environment.json";
      files.put(file, PostmanJson.prettyBytes(
          EnvironmentBuilder.build(name, targets.size() == 1 ? new ServerUrls.Target("", "", target.baseUrl(),
              target.tokenUrl()) : target, plan.variables(target.tokenUrl()))));
    }
    if (AccessMatrix.applies(access)) {
      files.put(AccessMatrix.FILE,
          new AccessMatrix(access, folders).render().getBytes(StandardCharsets.UTF_8));
    }
    // the files requests upload, where the collection's relative paths find them
    plan.uploads().forEach((path, upload) -> files.put(path, upload.content()));
    files.putAll(snippets.files());
    files.putAll(joined(reference));
    return files;
  }

  /** The result of {@code work}, or what it threw as it was thrown (a bad template, a bug). */
  private static <T> T joined(CompletableFuture<T> work) {
    try {
      return work.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
  }

  /** The snippets of {@code op} as the reference page shows them: each file the snippet writer wrote. */
  private static List<Code> code(Snippets snippets, Operation op) {
    return snippets.samples(op).stream().map(s -> new Code(s.languageId(), s.languageName(), s.path(),
        snippets.files().get(s.path()))).toList();
  }
}
