package dev.assistcodegen.examples;

import static dev.assistcodegen.examples.JsonValues.NODES;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/** Strings, integers and numbers that keep to a schema's format, pattern, lengths, bounds and multipleOf. */
final class ScalarValues {
  private static final String[] STRING_CANDIDATES = {
      "string", "example", "abc123", "sample-value", "a", "A", "1", "0", "abc", "ABC", "Example Value",
      "example@example.com", "https://example.com", "2024-01-15", "2024-01-15T09:30:00Z", "a-1"};

  private ScalarValues() {}

  static String string(Schema<?> schema) {
    String format = schema.getFormat() == null ? "" : schema.getFormat();
    String value = switch (format) {
      case "date" -> "2024-01-15";
      case "date-time" -> "2024-01-15T09:30:00Z";
      case "time" -> "09:30:00";
      case "duration" -> "P1D";
      case "email", "idn-email" -> "user@example.com";
      case "uuid" -> "3fa85f64-5717-4562-b3fc-2c963f66afa6";
      case "uri", "url", "iri", "uri-reference", "iri-reference" -> "https://example.com";
      case "uri-template" -> "https://example.com/{id}";
      case "hostname", "idn-hostname" -> "example.com";
      case "ipv4" -> "192.0.2.10";
      case "ipv6" -> "2001:db8::10";
      case "byte" -> "ZXhhbXBsZQ==";
      case "binary" -> "";
      case "password" -> "example-password";
      case "regex" -> "^[a-z]+$";
      case "json-pointer" -> "/example";
      default -> "string";
    };
    String pattern = schema.getPattern();
    if (pattern != null && !SchemaTypes.stringFits(schema, value)) {
      Optional<String> generated = PatternStrings.matching(pattern, schema.getMinLength(), schema.getMaxLength());
      if (generated.isPresent()) {
        return generated.get();
      }
      for (String candidate : STRING_CANDIDATES) {
        if (SchemaTypes.stringFits(schema, candidate)) {
          return candidate;
        }
      }
    }
    return fitLength(schema, value);
  }

  private static String fitLength(Schema<?> schema, String value) {
    StringBuilder out = new StringBuilder(value);
    if (schema.getMinLength() != null) {
      while (out.length() < schema.getMinLength()) {
        out.append('x');
      }
    }
    if (schema.getMaxLength() != null && out.length() > schema.getMaxLength()) {
      out.setLength(schema.getMaxLength());
    }
    return out.toString();
  }

  static JsonNode integer(Schema<?> schema) {
    BigDecimal low = lowerBound(schema);
    BigDecimal high = upperBound(schema);
    long value = 1;
    if (low != null) {
      value = low.setScale(0, RoundingMode.CEILING).longValue();
      if (isExclusiveMin(schema) && BigDecimal.valueOf(value).compareTo(low) <= 0) {
        value++;
      }
    } else if (high != null && high.compareTo(BigDecimal.ONE) < 0) {
      value = high.setScale(0, RoundingMode.FLOOR).longValue();
      if (isExclusiveMax(schema) && BigDecimal.valueOf(value).compareTo(high) >= 0) {
        value--;
      }
    }
    if (schema.getMultipleOf() != null && schema.getMultipleOf().signum() > 0) {
      BigDecimal step = schema.getMultipleOf();
      BigDecimal rounded = BigDecimal.valueOf(value).divide(step, 0, RoundingMode.CEILING).multiply(step);
      value = rounded.longValue();
    }
    return NODES.numberNode(value);
  }

  static JsonNode number(Schema<?> schema) {
    BigDecimal low = lowerBound(schema);
    BigDecimal high = upperBound(schema);
    BigDecimal value = new BigDecimal("1.5");
    if (low != null) {
      value = isExclusiveMin(schema) ? low.add(BigDecimal.ONE) : low;
      if (high != null && (value.compareTo(high) > 0 || isExclusiveMax(schema) && value.compareTo(high) >= 0)) {
        value = low.add(high).divide(BigDecimal.valueOf(2));
      }
    } else if (high != null && high.compareTo(value) < 0) {
      value = isExclusiveMax(schema) ? high.subtract(BigDecimal.ONE) : high;
    }
    if (schema.getMultipleOf() != null && schema.getMultipleOf().signum() > 0) {
      BigDecimal step = schema.getMultipleOf();
      value = value.divide(step, 0, RoundingMode.CEILING).multiply(step);
    }
    return NODES.numberNode(value.stripTrailingZeros());
  }

  private static BigDecimal lowerBound(Schema<?> schema) {
    if (schema.getExclusiveMinimumValue() != null) {
      return schema.getExclusiveMinimumValue();
    }
    return schema.getMinimum();
  }

  private static BigDecimal upperBound(Schema<?> schema) {
    if (schema.getExclusiveMaximumValue() != null) {
      return schema.getExclusiveMaximumValue();
    }
    return schema.getMaximum();
  }

  private static boolean isExclusiveMin(Schema<?> schema) {
    return schema.getExclusiveMinimumValue() != null || Boolean.TRUE.equals(schema.getExclusiveMinimum());
  }

  private static boolean isExclusiveMax(Schema<?> schema) {
    return schema.getExclusiveMaximumValue() != null || Boolean.TRUE.equals(schema.getExclusiveMaximum());
  }
}
