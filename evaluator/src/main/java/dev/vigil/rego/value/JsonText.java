package dev.vigil.rego.value;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** JSON text reading and writing straight to and from values (no intermediate tree). */
final class JsonText {
  private JsonText() {}

  static Value parse(String json) {
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNumberLength(100_000)
                    .maxStringLength(Integer.MAX_VALUE)
                    .maxNestingDepth(10_000)
                    .build())
            .build();
    try (JsonParser p = factory.createParser(json)) {
      JsonToken t = p.nextToken();
      if (t == null) {
        throw new IllegalArgumentException("unexpected end of JSON input");
      }
      Value v = read(p, t);
      if (p.nextToken() != null) {
        throw new IllegalArgumentException(
            "invalid character after top-level value at column " + p.currentLocation().getColumnNr());
      }
      return v;
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  private static Value read(JsonParser p, JsonToken t) throws IOException {
    switch (t) {
      case VALUE_NULL:
        return NullValue.INSTANCE;
      case VALUE_TRUE:
        return BooleanValue.TRUE;
      case VALUE_FALSE:
        return BooleanValue.FALSE;
      case VALUE_NUMBER_INT:
        return NumberValue.of(p.getBigIntegerValue());
      case VALUE_NUMBER_FLOAT:
        return NumberValue.parse(p.getText());
      case VALUE_STRING:
        return new StringValue(p.getText());
      case START_ARRAY:
        List<Value> items = new ArrayList<>();
        for (JsonToken n = p.nextToken(); n != JsonToken.END_ARRAY; n = p.nextToken()) {
          items.add(read(p, n));
        }
        return new ArrayValue(items);
      case START_OBJECT:
        TreeMap<Value, Value> m = new TreeMap<>();
        for (JsonToken n = p.nextToken(); n != JsonToken.END_OBJECT; n = p.nextToken()) {
          StringValue key = new StringValue(p.currentName());
          m.put(key, read(p, p.nextToken()));
        }
        return ObjectValue.of(m);
      default:
        throw new IllegalArgumentException("unexpected JSON token " + t);
    }
  }

  static String write(Value v, boolean escapeHtml) {
    StringBuilder sb = new StringBuilder();
    write(sb, v, escapeHtml);
    return sb.toString();
  }

  private static void write(StringBuilder sb, Value v, boolean escapeHtml) {
    if (v instanceof StringValue s) {
      writeString(sb, s.value(), escapeHtml);
    } else if (v instanceof ArrayValue a) {
      writeList(sb, a.elements(), escapeHtml);
    } else if (v instanceof SetValue s) {
      writeList(sb, s.elements(), escapeHtml);
    } else if (v instanceof ObjectValue o) {
      // Non-string keys become their JSON text; re-sort by that text as Go's map encoder does.
      TreeMap<String, Value> byKey = new TreeMap<>(ValueOrder::compareStrings);
      for (Map.Entry<Value, Value> e : o.entries().entrySet()) {
        byKey.put(Values.keyText(e.getKey()), e.getValue());
      }
      sb.append('{');
      boolean first = true;
      for (Map.Entry<String, Value> e : byKey.entrySet()) {
        if (!first) {
          sb.append(',');
        }
        first = false;
        writeString(sb, e.getKey(), escapeHtml);
        sb.append(':');
        write(sb, e.getValue(), escapeHtml);
      }
      sb.append('}');
    } else {
      sb.append(v);
    }
  }

  private static void writeList(StringBuilder sb, List<Value> items, boolean escapeHtml) {
    sb.append('[');
    for (int i = 0; i < items.size(); i++) {
      if (i > 0) {
        sb.append(',');
      }
      write(sb, items.get(i), escapeHtml);
    }
    sb.append(']');
  }

  static void writeString(StringBuilder sb, String s, boolean escapeHtml) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20
              || c == '\u2028'
              || c == '\u2029'
              || (escapeHtml && (c == '<' || c == '>' || c == '&'))) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    sb.append('"');
  }
}
