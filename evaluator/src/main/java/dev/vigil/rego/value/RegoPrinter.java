package dev.vigil.rego.value;

import java.util.Iterator;
import java.util.Map;

/** Prints values as OPA's {@code Term.String()} does (strings Go-quoted, {@code set()} for {}). */
final class RegoPrinter {
  private RegoPrinter() {}

  static String print(Value v) {
    StringBuilder sb = new StringBuilder();
    append(sb, v);
    return sb.toString();
  }

  private static void append(StringBuilder sb, Value v) {
    if (v instanceof StringValue s) {
      GoQuote.quote(sb, s.value());
    } else if (v instanceof ArrayValue a) {
      sb.append('[');
      appendAll(sb, a.elements().iterator());
      sb.append(']');
    } else if (v instanceof SetValue s) {
      if (s.isEmpty()) {
        sb.append("set()");
        return;
      }
      sb.append('{');
      appendAll(sb, s.elements().iterator());
      sb.append('}');
    } else if (v instanceof ObjectValue o) {
      sb.append('{');
      boolean first = true;
      for (Map.Entry<Value, Value> e : o.entries().entrySet()) {
        if (!first) {
          sb.append(", ");
        }
        first = false;
        append(sb, e.getKey());
        sb.append(": ");
        append(sb, e.getValue());
      }
      sb.append('}');
    } else {
      sb.append(v);
    }
  }

  private static void appendAll(StringBuilder sb, Iterator<Value> it) {
    boolean first = true;
    while (it.hasNext()) {
      if (!first) {
        sb.append(", ");
      }
      first = false;
      append(sb, it.next());
    }
  }
}
