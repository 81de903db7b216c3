package dev.assistcodegen.snippets;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.assistcodegen.render.Templates;
import dev.assistcodegen.report.GenerationException;
import dev.assistcodegen.report.NearestName;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The built-in languages, plus those a user's template directory adds or overrides. */
public final class LanguageCatalog {
  /** Class-path folder of the built-in templates (the repository's {@code templates/}). */
  public static final String RESOURCE_ROOT = Templates.RESOURCE_ROOT;
  /** Built-in languages in the order they are listed and generated. */
  public static final List<String> BUILT_IN = List.of("curl", "httpie", "wget", "powershell", "python-requests",
      "python", "javascript", "java", "csharp", "go", "ruby", "php");
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

  private final Map<String, Language> languages;
  private final Path templateDir;

  private LanguageCatalog(Map<String, Language> languages, Path templateDir) {
    this.languages = languages;
    this.templateDir = templateDir;
  }

  /** The built-in languages, overridden and extended by {@code templateDir} (may be null). */
  public static LanguageCatalog load(Path templateDir) {
    Map<String, Language> out = new LinkedHashMap<>();
    for (String id : BUILT_IN) {
      String resource = RESOURCE_ROOT + "/" + id + "/language.yaml";
      try (InputStream in = LanguageCatalog.class.getClassLoader().getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("built-in language descriptor missing from the jar: " + resource);
        }
        out.put(id, parse(id, in.readAllBytes(), resource));
      } catch (IOException e) {
        throw new IllegalStateException("cannot read " + resource, e);
      }
    }
    if (templateDir != null) {
      if (!Files.exists(templateDir)) {
        throw new GenerationException(templateDir + ": template directory does not exist");
      }
      if (!Files.isDirectory(templateDir)) {
        throw new GenerationException(templateDir + ": template directory is not a directory");
      }
      if (!Files.isReadable(templateDir) || !Files.isExecutable(templateDir)) {
        throw new GenerationException(templateDir + ": template directory is not readable");
      }
      try (Stream<Path> dirs = Files.list(templateDir)) {
        for (Path dir : dirs.sorted().toList()) {
          Path descriptor = dir.resolve("language.yaml");
          if (Files.isRegularFile(descriptor)) {
            String id = dir.getFileName().toString();
            out.put(id, parse(id, Files.readAllBytes(descriptor), descriptor.toString()));
          }
        }
      } catch (IOException e) {
        throw new GenerationException(templateDir + ": cannot read template directory: " + e.getMessage());
      }
    }
    return new LanguageCatalog(out, templateDir);
  }

  private static Language parse(String folder, byte[] yaml, String where) {
    Language language;
    try {
      language = YAML.readValue(yaml, Language.class);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String line = at == null || at.getLineNr() < 1 ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr();
      throw new GenerationException(where + line + ": not a valid language descriptor: " + e.getOriginalMessage()
          .split("\\R", 2)[0]);
    } catch (IOException e) {
      throw new GenerationException(where + ": not a valid language descriptor: "
          + e.getMessage().split("\\R", 2)[0]);
    } catch (NullPointerException e) {
      throw new GenerationException(where + ": language descriptor lacks a required field: " + e.getMessage());
    }
    if (language == null) {
      throw new GenerationException(where + ": empty language descriptor");
    }
    if (!language.id().equals(folder) || !ID.matcher(language.id()).matches()) {
      throw new GenerationException(where + ": id '" + language.id() + "' must equal its folder name '" + folder
          + "' and be lower-case letters, digits and hyphens");
    }
    if (Escapers.named(language.literal()) == null) {
      throw new GenerationException(where + ": unknown literal '" + language.literal() + "'; known: "
          + String.join(", ", Escapers.names()));
    }
    if (!language.extension().matches("[A-Za-z0-9]{1,10}")) {
      throw new GenerationException(where + ": extension '" + language.extension() + "' must be 1-10 letters or digits");
    }
    return language;
  }

  public List<Language> all() {
    return List.copyOf(languages.values());
  }

  /** The user's template directory, or null. */
  public Path templateDir() {
    return templateDir;
  }

  /**
   * The languages a selection names: empty list or "all" = every language, "none" = no language. Ids and
   * the two words match in any case ({@code Python} is {@code python}), so every front end takes what a
   * user types; an unknown id is an error naming the nearest known id and listing them all.
   */
  public List<Language> select(List<String> ids) {
    if (ids == null || ids.isEmpty() || ids.size() == 1 && "all".equalsIgnoreCase(ids.get(0).strip())) {
      return all();
    }
    if (ids.size() == 1 && "none".equalsIgnoreCase(ids.get(0).strip())) {
      return List.of();
    }
    List<Language> out = new ArrayList<>();
    for (String typed : ids) {
      String id = typed.strip();
      Language language = languages.values().stream().filter(l -> l.id().equalsIgnoreCase(id)).findFirst()
          .orElseThrow(() -> new GenerationException("unknown language '" + typed + "'"
              + NearestName.hint(id, languages.keySet()) + " (known: " + String.join(", ", languages.keySet())
              + "; or all, none)"));
      if (!out.contains(language)) {
        out.add(language);
      }
    }
    return out;
  }
}
