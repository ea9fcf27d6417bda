package dev.vigil.rego.value;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** OPA's total order over values ({@code ast.Compare}). */
final class ValueOrder {
  private ValueOrder() {}

  static int compare(Value a, Value b) {
    if (a == b) {
      return 0;
    }
    int rank = Integer.compare(a.typeRank(), b.typeRank());
    if (rank != 0) {
      return rank;
    }
    if (a instanceof NullValue) {
      return 0;
    } else if (a instanceof BooleanValue x) {
      return Boolean.compare(x.value(), ((BooleanValue) b).value());
    } else if (a instanceof NumberValue x) {
      return x.bigDecimal().compareTo(((NumberValue) b).bigDecimal());
    } else if (a instanceof StringValue x) {
      return compareStrings(x.value(), ((StringValue) b).value());
    } else if (a instanceof ArrayValue x) {
      return compareLists(x.elements(), ((ArrayValue) b).elements());
    } else if (a instanceof SetValue x) {
      return compareLists(x.elements(), ((SetValue) b).elements());
    } else {
      return compareObjects((ObjectValue) a, (ObjectValue) b);
    }
  }

  /** Go compares strings by UTF-8 bytes, which is code point order (not UTF-16 unit order). */
  static int compareStrings(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) {
        return Integer.compare(ca, cb);
      }
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return Boolean.compare(i < a.length(), j < b.length());
  }

  private static int compareLists(List<Value> a, List<Value> b) {
    int n = Math.min(a.size(), b.size());
    for (int i = 0; i < n; i++) {
      int c = compare(a.get(i), b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  }

  // OPA walks both sorted key lists in step, comparing key i then value i.
  private static int compareObjects(ObjectValue a, ObjectValue b) {
    Iterator<Map.Entry<Value, Value>> ia = a.entries().entrySet().iterator();
    Iterator<Map.Entry<Value, Value>> ib = b.entries().entrySet().iterator();
    while (ia.hasNext() && ib.hasNext()) {
      Map.Entry<Value, Value> ea = ia.next();
      Map.Entry<Value, Value> eb = ib.next();
      int c = compare(ea.getKey(), eb.getKey());
      if (c != 0) {
        return c;
      }
      c = compare(ea.getValue(), eb.getValue());
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  }
}
