package dev.assistcodegen.reference;

import dev.assistcodegen.render.Templates;
import dev.assistcodegen.report.GenerationException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;

/**
 * The page's own style sheet and script: static files ({@code templates/_reference/reference.css} and
 * {@code reference.js}, or a user's in {@code --template-dir}), put inside every page so that it opens
 * from the file system on its own, and the Content-Security-Policy that allows exactly them (by their
 * SHA-256) and nothing else: no other script, style, frame, font, connection or form target.
 */
record StaticFiles(String css, String js, String csp) {
  static final String CSS = "_reference/reference.css";
  static final String JS = "_reference/reference.js";

  static StaticFiles load(Templates templates) {
    String css = inline(templates.text(CSS), "style", CSS);
    String js = inline(templates.text(JS), "script", JS);
    String csp = "default-src 'none'; script-src 'sha256-" + sha256(js) + "'; style-src 'sha256-" + sha256(css)
        + "'; img-src data:; base-uri 'none'; form-action 'none'";
    return new StaticFiles(css, js, csp);
  }

  /** {@code text} checked to stay inside its element: it must not hold the element's end tag. */
  private static String inline(String text, String element, String name) {
    if (text.toLowerCase(Locale.ROOT).contains("</" + element)) {
      throw new GenerationException("template " + name + ": must not contain </" + element
          + " (it is put inside the page's <" + element + "> element)");
    }
    return text;
  }

  static String sha256(String text) {
    try {
      return Base64.getEncoder().encodeToString(
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
