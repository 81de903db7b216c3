package dev.assistcodegen.postman;

import dev.assistcodegen.plan.RequestExample;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Postman replaces {@code {{name}}} in every part of a request (URL, headers, bodies) with a
 * variable, also inside text that came from a spec. A spec string such as
 * {@code {{clientSecret}}} would otherwise make Postman send a variable's value. Where an
 * equivalent spelling exists we use it (percent-encoding in the URL, done by
 * {@link dev.assistcodegen.plan.PercentEncoding}; a JSON unicode escape in JSON bodies);
 * where none exists (header values, form fields, other raw bodies) we say so.
 */
final class PostmanText {
  /** What Postman's substitution matches. */
  private static final Pattern REFERENCE = Pattern.compile("\\{\\{([^{}]*?)}}");

  private PostmanText() {}

  /**
   * The JSON text with every {@code {{} written as <code>{&#92;u007b</code>: the same JSON value,
   * and Postman no longer sees a variable. Our JSON never has two braces in a row outside a
   * string (pretty-printed objects open with a line break), so only string content changes.
   */
  static String inertJson(String json) {
    return json.indexOf("{{") < 0 ? json : json.replace("{{", "{\\u007b");
  }

  /** One line per header, cookie, form field or raw body of {@code example} that Postman would substitute. */
  static List<String> unavoidableReferences(String operation, RequestExample example) {
    List<String> out = new ArrayList<>();
    for (RequestExample.NameValue h : example.headers()) {
      check(operation, "header '" + h.name() + "'", h.name() + ": " + h.value(), out);
    }
    RequestExample.Body body = example.body();
    switch (body.kind()) {
      case URLENCODED, MULTIPART -> body.fields().forEach(f ->
          check(operation, "form field '" + f.name() + "'", f.name() + "=" + f.value(), out));
      case RAW -> check(operation, "request body", body.text(), out);
      default -> { }
    }
    return out;
  }

  private static void check(String operation, String where, String text, List<String> out) {
    Matcher m = REFERENCE.matcher(text);
    if (m.find()) {
      out.add(operation + ": the " + where + " of the example holds " + shorten(m.group())
          + ", which Postman replaces with a variable of that name; the snippets send it as written");
    }
  }

  private static String shorten(String reference) {
    return reference.length() <= 60 ? reference : reference.substring(0, 57) + "...";
  }
}
