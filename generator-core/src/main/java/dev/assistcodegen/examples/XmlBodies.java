package dev.assistcodegen.examples;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.XML;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes an example value as an XML document, following the schema's {@code xml} objects
 * (element and attribute names, {@code attribute}, {@code wrapped}, {@code namespace},
 * {@code prefix}). Names and text come from the spec and are untrusted: names are made into
 * valid XML names and text is escaped here, so the document is always well-formed.
 */
public final class XmlBodies {
  private static final String INDENT = "  ";
  private final SchemaResolver resolver;

  public XmlBodies(SchemaResolver resolver) {
    this.resolver = resolver;
  }

  /** The XML document for {@code value}, with the root element named after the schema. */
  public String document(Schema<?> schema, JsonNode value) {
    Schema<?> target = resolver.resolve(schema);
    XML xml = xmlOf(schema, target);
    String fallback = schema != null && schema.get$ref() != null ? componentName(schema.get$ref()) : "body";
    String rootName = xml != null && xml.getName() != null ? xml.getName() : fallback;
    StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    if (value.isArray()) {
      // one root element is required: a top-level array is always wrapped
      Element root = new Element(rootName, xml);
      Schema<?> items = target == null ? null : target.getItems();
      for (JsonNode item : value) {
        root.children.add(element(itemName(items, "item"), items, item));
      }
      root.write(out, 0);
    } else {
      element(rootName, schema, value).write(out, 0);
    }
    return out.toString();
  }

  private Element element(String name, Schema<?> schema, JsonNode value) {
    Schema<?> target = resolver.resolve(schema);
    Element element = new Element(name, xmlOf(schema, target));
    if (value.isObject()) {
      Map<String, Schema> properties = target == null || target.getProperties() == null ? Map.of()
          : target.getProperties();
      value.fields().forEachRemaining(field -> addProperty(element, field.getKey(), properties.get(field.getKey()),
          field.getValue()));
    } else if (value.isArray()) {
      Schema<?> items = target == null ? null : target.getItems();
      for (JsonNode item : value) {
        element.children.add(element(itemName(items, "item"), items, item));
      }
    } else if (!value.isNull()) {
      element.text = value.asText();
    }
    return element;
  }

  private void addProperty(Element parent, String property, Schema<?> schema, JsonNode value) {
    Schema<?> target = resolver.resolve(schema);
    XML own = schema == null ? null : schema.getXml();
    XML xml = xmlOf(schema, target);
    String name = own != null && own.getName() != null ? own.getName() : property;
    if (value.isValueNode() && xml != null && Boolean.TRUE.equals(xml.getAttribute())) {
      if (!value.isNull()) {
        parent.attribute(name, xml, value.asText());
      }
      return;
    }
    if (value.isArray()) {
      Schema<?> items = target == null ? null : target.getItems();
      if (xml != null && Boolean.TRUE.equals(xml.getWrapped())) {
        Element wrapper = new Element(name, xml);
        for (JsonNode item : value) {
          wrapper.children.add(element(itemName(items, name), items, item));
        }
        parent.children.add(wrapper);
      } else {
        // unwrapped (the default): one element per item, named by the items' xml name or the property
        for (JsonNode item : value) {
          parent.children.add(element(itemName(items, name), items, item));
        }
      }
      return;
    }
    if (value.isNull()) {
      return; // an absent element is the usual XML reading of null
    }
    parent.children.add(element(name, schema, value));
  }

  private String itemName(Schema<?> items, String fallback) {
    XML xml = xmlOf(items, resolver.resolve(items));
    if (xml != null && xml.getName() != null) {
      return xml.getName();
    }
    return items != null && items.get$ref() != null && fallback.equals("item") ? componentName(items.get$ref())
        : fallback;
  }

  /** The schema's own xml object, else the one of the schema it refers to. */
  private static XML xmlOf(Schema<?> schema, Schema<?> target) {
    if (schema != null && schema.getXml() != null) {
      return schema.getXml();
    }
    return target == null ? null : target.getXml();
  }

  private static String componentName(String ref) {
    return ref.substring(ref.lastIndexOf('/') + 1);
  }

  /** A valid XML name without a colon (NCName) from any text: invalid characters become '_'. */
  static String name(String text) {
    StringBuilder out = new StringBuilder();
    text.codePoints().forEach(c -> {
      if (out.length() == 0 && !isNameStart(c)) {
        out.append('_'); // "1st" -> "_1st": the character is kept where it may stand
      }
      out.appendCodePoint(isNameChar(c) ? c : '_');
    });
    return out.length() == 0 ? "_" : out.toString();
  }

  private static boolean isNameStart(int c) {
    return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '_' || c >= 0xC0 && c <= 0xD6
        || c >= 0xD8 && c <= 0xF6 || c >= 0xF8 && c <= 0x2FF || c >= 0x370 && c <= 0x37D
        || c >= 0x37F && c <= 0x1FFF || c >= 0x200C && c <= 0x200D || c >= 0x2070 && c <= 0x218F
        || c >= 0x2C00 && c <= 0x2FEF || c >= 0x3001 && c <= 0xD7FF || c >= 0xF900 && c <= 0xFDCF
        || c >= 0xFDF0 && c <= 0xFFFD || c >= 0x10000 && c <= 0xEFFFF;
  }

  private static boolean isNameChar(int c) {
    return isNameStart(c) || c == '-' || c == '.' || c >= '0' && c <= '9' || c == 0xB7
        || c >= 0x300 && c <= 0x36F || c >= 0x203F && c <= 0x2040;
  }

  /** A namespace prefix, or null when none may be used ("xml..." prefixes are reserved). */
  private static String prefix(XML xml) {
    if (xml == null || xml.getPrefix() == null || xml.getPrefix().isBlank() || xml.getNamespace() == null
        || xml.getNamespace().isBlank()) {
      return null;
    }
    String prefix = name(xml.getPrefix().strip());
    return prefix.regionMatches(true, 0, "xml", 0, 3) ? "ns" + prefix : prefix;
  }

  /** Text escaped for element content ({@code attribute}: for a double-quoted attribute value). */
  static String escape(String text, boolean attribute) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append(attribute ? "&quot;" : "\"");
        case '\r' -> out.append("&#13;");
        case '\t', '\n' -> {
          if (attribute) {
            out.append("&#").append(c).append(';');
          } else {
            out.append((char) c);
          }
        }
        default -> {
          boolean allowed = c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF;
          out.appendCodePoint(allowed ? c : 0xFFFD); // control characters and lone surrogates cannot be written
        }
      }
    }
    return out.toString();
  }

  /** One element being written: namespace declarations, attributes, text or children. */
  private static final class Element {
    final String qualifiedName;
    final Map<String, String> namespaces = new LinkedHashMap<>();
    final Map<String, String> attributes = new LinkedHashMap<>();
    final List<Element> children = new ArrayList<>();
    String text;

    Element(String name, XML xml) {
      this.qualifiedName = qualify(name, xml, true);
    }

    void attribute(String name, XML xml, String value) {
      String qualified = qualify(name, xml, false);
      if (qualified.equals("xmlns") || qualified.startsWith("xmlns:") || attributes.containsKey(qualified)) {
        qualified = "_" + qualified.replace(':', '_');
      }
      attributes.putIfAbsent(qualified, value);
    }

    private String qualify(String name, XML xml, boolean element) {
      String local = name(name);
      if (xml == null || xml.getNamespace() == null || xml.getNamespace().isBlank()) {
        return local;
      }
      String prefix = prefix(xml);
      String key = prefix == null ? "xmlns" : "xmlns:" + prefix;
      String declared = namespaces.get(key);
      if (prefix == null) {
        // a default namespace applies to elements only; unprefixed attributes have none
        if (element && declared == null) {
          namespaces.put(key, xml.getNamespace());
        }
        return local;
      }
      if (declared != null && !declared.equals(xml.getNamespace())) {
        return local; // the prefix is already bound to another namespace on this element
      }
      namespaces.put(key, xml.getNamespace());
      return prefix + ":" + local;
    }

    void write(StringBuilder out, int depth) {
      String indent = INDENT.repeat(depth);
      out.append(indent).append('<').append(qualifiedName);
      Set<String> written = new HashSet<>();
      namespaces.forEach((k, v) -> {
        written.add(k);
        out.append(' ').append(k).append("=\"").append(escape(v, true)).append('"');
      });
      attributes.forEach((k, v) -> {
        if (written.add(k)) {
          out.append(' ').append(k).append("=\"").append(escape(v, true)).append('"');
        }
      });
      if (children.isEmpty() && (text == null || text.isEmpty())) {
        out.append("/>\n");
        return;
      }
      if (children.isEmpty()) {
        out.append('>').append(escape(text, false)).append("</").append(qualifiedName).append(">\n");
        return;
      }
      out.append(">\n");
      for (Element child : children) {
        child.write(out, depth + 1);
      }
      out.append(indent).append("</").append(qualifiedName).append(">\n");
    }
  }
}
