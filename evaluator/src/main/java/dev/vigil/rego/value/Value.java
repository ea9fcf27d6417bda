package dev.vigil.rego.value;

/**
 * An immutable Rego value. The natural order is OPA's {@code ast.Compare}: null &lt; boolean &lt;
 * number &lt; string &lt; array &lt; object &lt; set; {@code equals}/{@code hashCode} agree with it
 * (so {@code 1} equals {@code 1.0}).
 */
public sealed interface Value extends Comparable<Value>
    permits NullValue, BooleanValue, NumberValue, StringValue, ArrayValue, ObjectValue, SetValue {

  /** OPA's type name: null, boolean, number, string, array, object or set. */
  String typeName();

  /** Rank of this value's type in OPA's cross-type order. */
  int typeRank();

  @Override
  default int compareTo(Value other) {
    return ValueOrder.compare(this, other);
  }

  /** Rego source form, as OPA's {@code Term.String()} prints it. */
  default String toRego() {
    return RegoPrinter.print(this);
  }
}
