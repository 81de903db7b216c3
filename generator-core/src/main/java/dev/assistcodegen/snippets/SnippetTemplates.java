package dev.assistcodegen.snippets;

import dev.assistcodegen.report.GenerationException;
import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.ParseException;
import freemarker.core.PlainTextOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The one FreeMarker configuration: a user's template directory first, then the built-in
 * templates; strict errors; no {@code ?new} or {@code ?api}; plain output (escaping is Java's).
 */
public final class SnippetTemplates {
  private final Configuration freemarker;

  public SnippetTemplates(Path userDir) {
    Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
    cfg.setDefaultEncoding("UTF-8");
    cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    cfg.setLogTemplateExceptions(false);
    cfg.setWrapUncheckedExceptions(true);
    cfg.setFallbackOnNullLoopVariable(false);
    cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    cfg.setAPIBuiltinEnabled(false);
    cfg.setOutputFormat(PlainTextOutputFormat.INSTANCE);
    // [=x] instead of ${x}: ${...} and #{...} are everyday syntax in bash, JavaScript, PHP and Ruby
    cfg.setInterpolationSyntax(Configuration.SQUARE_BRACKET_INTERPOLATION_SYNTAX);
    cfg.setLocalizedLookup(false);
    cfg.setNumberFormat("computer");
    cfg.setObjectWrapper(RecordWrapper.of());
    // templates come from the class path or a user's folder and do not change during a run
    cfg.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
    List<TemplateLoader> loaders = new ArrayList<>();
    if (userDir != null) {
      try {
        loaders.add(new FileTemplateLoader(userDir.toFile()));
      } catch (IOException e) {
        throw new GenerationException(userDir + ": cannot read template directory: " + e.getMessage());
      }
    }
    loaders.add(new ClassTemplateLoader(SnippetTemplates.class.getClassLoader(), LanguageCatalog.RESOURCE_ROOT));
    cfg.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(new TemplateLoader[0])));
    this.freemarker = cfg;
  }

  /** Renders {@code name} with {@code model}; any template problem names the template and line. */
  public String render(String name, Map<String, Object> model) {
    Template template;
    try {
      template = freemarker.getTemplate(name);
    } catch (ParseException e) {
      throw new GenerationException("template " + e.getTemplateName() + ":" + e.getLineNumber() + ":"
          + e.getColumnNumber() + ": " + firstLine(e.getEditorMessage()), e);
    } catch (IOException e) {
      throw new GenerationException("template " + name + ": not found or unreadable: " + e.getMessage(), e);
    }
    StringWriter out = new StringWriter();
    try {
      template.process(model, out);
    } catch (TemplateException e) {
      throw new GenerationException("template " + (e.getTemplateSourceName() == null ? name : e.getTemplateSourceName())
          + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + firstLine(e.getMessageWithoutStackTop())
          + (e.getBlamedExpressionString() == null ? "" : " " + e.getBlamedExpressionString()), e);
    } catch (IOException e) {
      throw new GenerationException("template " + name + ": " + e.getMessage(), e);
    }
    return out.toString();
  }

  private static String firstLine(String message) {
    return message == null ? "error" : message.strip().split("\\R", 2)[0];
  }
}
