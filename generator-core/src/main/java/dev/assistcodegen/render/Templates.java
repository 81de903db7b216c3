package dev.assistcodegen.render;

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
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The one FreeMarker configuration, for every writer that renders templates (snippets, the reference
 * page): a user's template directory first, then the built-in templates (the repository's
 * {@code templates/}); strict errors; no {@code ?new} or {@code ?api}; plain output (escaping is Java's,
 * done before a value reaches a template).
 */
public final class Templates {
  /** Class-path folder of the built-in templates (the repository's {@code templates/}). */
  public static final String RESOURCE_ROOT = "dev/assistcodegen/templates";

  private final Configuration freemarker;

  public Templates(Path userDir) {
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
    loaders.add(new ClassTemplateLoader(Templates.class.getClassLoader(), RESOURCE_ROOT));
    cfg.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(new TemplateLoader[0])));
    this.freemarker = cfg;
  }

  /** Renders {@code name} with {@code model}; any template problem names the template and line. */
  public String render(String name, Map<String, Object> model) {
    StringWriter out = new StringWriter();
    render(name, model, out);
    return out.toString();
  }

  /** Renders {@code name} with {@code model} as UTF-8 bytes (a big page: no string of it in between). */
  public byte[] renderUtf8(String name, Map<String, Object> model) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
    try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
      render(name, model, out);
    } catch (IOException e) {
      throw new GenerationException("template " + name + ": " + e.getMessage(), e);
    }
    return bytes.toByteArray();
  }

  private void render(String name, Map<String, Object> model, Writer out) {
    Template template;
    try {
      template = freemarker.getTemplate(name);
    } catch (ParseException e) {
      throw new GenerationException("template " + e.getTemplateName() + ":" + e.getLineNumber() + ":"
          + e.getColumnNumber() + ": " + firstLine(e.getEditorMessage()), e);
    } catch (IOException e) {
      throw new GenerationException("template " + name + ": not found or unreadable: " + e.getMessage(), e);
    }
    try {
      template.process(model, out);
    } catch (TemplateException e) {
      throw new GenerationException("template " + (e.getTemplateSourceName() == null ? name : e.getTemplateSourceName())
          + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + firstLine(e.getMessageWithoutStackTop())
          + (e.getBlamedExpressionString() == null ? "" : " " + e.getBlamedExpressionString()), e);
    } catch (IOException e) {
      throw new GenerationException("template " + name + ": " + e.getMessage(), e);
    }
  }

  /**
   * The text of {@code name} as it is, not parsed as a template (a static file such as a style sheet),
   * found like a template: in the user's directory first.
   */
  public String text(String name) {
    try {
      return freemarker.getTemplate(name, null, null, false).toString();
    } catch (IOException e) {
      throw new GenerationException("template " + name + ": not found or unreadable: " + e.getMessage(), e);
    }
  }

  private static String firstLine(String message) {
    return message == null ? "error" : message.strip().split("\\R", 2)[0];
  }
}
