package dev.vigil.rego.builtins;

import dev.vigil.rego.value.Value;
import java.util.List;

/**
 * A builtin failed. {@link #code()} is {@code eval_type_error} or {@code eval_builtin_error};
 * {@link #getMessage()} is OPA's text without the builtin name, {@link #messageFor(String)} the
 * text OPA reports ({@code "plus: operand 1 must be number but got string"}).
 */
public final class BuiltinException extends RuntimeException {
  public static final String TYPE_ERROR = "eval_type_error";
  public static final String BUILTIN_ERROR = "eval_builtin_error";

  private static final long serialVersionUID = 1L;

  private final String code;
  private final boolean prefixName;

  private BuiltinException(String code, String message, boolean prefixName, Throwable cause) {
    super(message, cause);
    this.code = code;
    this.prefixName = prefixName;
  }

  public static BuiltinException typeError(String message) {
    return new BuiltinException(TYPE_ERROR, message, true, null);
  }

  public static BuiltinException builtinError(String message) {
    return new BuiltinException(BUILTIN_ERROR, message, true, null);
  }

  public static BuiltinException builtinError(String message, Throwable cause) {
    return new BuiltinException(BUILTIN_ERROR, message, true, cause);
  }

  /**
   * An error OPA reports verbatim, without the builtin name in front, and that halts evaluation
   * even without strict builtin errors (OPA's {@code Halt}).
   */
  public static BuiltinException unprefixed(String code, String message) {
    return new BuiltinException(code, message, false, null);
  }

  /** {@code operand 1 must be number but got string} / {@code must be one of {a, b} but got c}. */
  public static BuiltinException operandType(int pos, Value got, String... expected) {
    return typeError(operandTypeMessage(pos, got.typeName(), List.of(expected)));
  }

  /** {@code operand 1 must be array of strings but got array containing number}. */
  public static BuiltinException operandElement(
      int pos, Value composite, Value got, String... expected) {
    String tpe = composite.typeName();
    String msg =
        expected.length == 1
            ? String.format(
                "operand %d must be %s of %ss but got %s containing %s",
                pos, tpe, expected[0], tpe, got.typeName())
            : String.format(
                "operand %d must be %s of (any of) {%s} but got %s containing %s",
                pos, tpe, String.join(", ", expected), tpe, got.typeName());
    return typeError(msg);
  }

  /** {@code operand 2 must be one of {"a", "b"}}. */
  public static BuiltinException operandEnum(int pos, String... expected) {
    return typeError(
        String.format("operand %d must be one of {%s}", pos, String.join(", ", expected)));
  }

  /** {@code operand 1 <detail>}, for OPA's free-form operand errors. */
  public static BuiltinException operand(int pos, String detail) {
    return typeError("operand " + pos + " " + detail);
  }

  static String operandTypeMessage(int pos, String got, List<String> expected) {
    if (expected.size() == 1) {
      return String.format("operand %d must be %s but got %s", pos, expected.get(0), got);
    }
    return String.format(
        "operand %d must be one of {%s} but got %s", pos, String.join(", ", expected), got);
  }

  public String code() {
    return code;
  }

  /** Whether this error aborts the query even when builtin errors are not strict. */
  public boolean halts() {
    return !prefixName;
  }

  /** The message as OPA reports it for a call of {@code builtinName}. */
  public String messageFor(String builtinName) {
    return prefixName ? builtinName + ": " + getMessage() : getMessage();
  }
}
