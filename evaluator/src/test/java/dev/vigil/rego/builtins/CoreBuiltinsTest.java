package dev.vigil.rego.builtins;

import static dev.vigil.rego.builtins.TestContexts.call;
import static dev.vigil.rego.builtins.TestValues.arr;
import static dev.vigil.rego.builtins.TestValues.json;
import static dev.vigil.rego.builtins.TestValues.n;
import static dev.vigil.rego.builtins.TestValues.s;
import static dev.vigil.rego.builtins.TestValues.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.rego.value.BooleanValue;
import dev.vigil.rego.value.NullValue;
import org.junit.jupiter.api.Test;

class CoreBuiltinsTest {
  @Test
  void arithmeticIsExactAndErrorsLikeOpa() {
    assertThat(call("plus", n("0.1"), n("0.2"))).isEqualTo(n("0.3"));
    assertThat(call("mul", n("123456789012345678901234567890"), n(10)))
        .isEqualTo(n("1234567890123456789012345678900"));
    assertThat(call("div", n(10), n(4))).isEqualTo(n("2.5"));
    assertThat(call("div", n(1), n(3))).isEqualTo(n("0.33333333333333333334"));
    assertThat(call("div", n(2), n(3))).isEqualTo(n("0.6666666666666666667"));
    assertThat(call("rem", n(-7), n(3))).isEqualTo(n(-1));
    assertThatThrownBy(() -> call("div", n(1), n(0))).hasMessage("divide by zero");
    assertThatThrownBy(() -> call("rem", n(1), n(0))).hasMessage("modulo by zero");
    assertThatThrownBy(() -> call("rem", n("1.5"), n(1)))
        .hasMessage("modulo on floating-point number");
    assertThatThrownBy(() -> call("plus", s("a"), n(1)))
        .isInstanceOfSatisfying(
            BuiltinException.class,
            e -> {
              assertThat(e.code()).isEqualTo("eval_type_error");
              assertThat(e.messageFor("plus"))
                  .isEqualTo("plus: operand 1 must be number but got string");
            });
  }

  @Test
  void roundingHalfAwayFromZero() {
    assertThat(call("round", n("2.5"))).isEqualTo(n(3));
    assertThat(call("round", n("-2.5"))).isEqualTo(n(-3));
    assertThat(call("ceil", n("-1.99999"))).isEqualTo(n(-1));
    assertThat(call("floor", n("-1.5"))).isEqualTo(n(-2));
    assertThat(call("abs", n(-10))).isEqualTo(n(10));
  }

  @Test
  void minusOnSetsAndTypeErrors() {
    assertThat(call("minus", set(n(1), n(2)), set(n(2)))).isEqualTo(set(n(1)));
    assertThatThrownBy(() -> call("minus", set(n(1)), n(2)))
        .hasMessage("operand 2 must be set but got number");
    assertThatThrownBy(() -> call("minus", n(1), set(n(2))))
        .hasMessage("operand 2 must be number but got set");
  }

  @Test
  void ranges() {
    assertThat(call("numbers.range", n(3), n(1))).isEqualTo(arr(n(3), n(2), n(1)));
    assertThat(call("numbers.range_step", n(0), n(-10), n(4))).isEqualTo(arr(n(0), n(-4), n(-8)));
    assertThat(call("numbers.range_step", n(0), n(10), n("99999999999999999999")))
        .isEqualTo(arr(n(0)));
    assertThatThrownBy(() -> call("numbers.range_step", n(0), n(10), n(-2)))
        .hasMessage("step must be a positive integer");
    assertThatThrownBy(() -> call("numbers.range", n("1.5"), n(2)))
        .hasMessage("operand 1 must be integer number but got floating-point number");
  }

  @Test
  void aggregates() {
    assertThat(call("count", s("héllo"))).isEqualTo(n(5));
    assertThatThrownBy(() -> call("count", NullValue.INSTANCE))
        .hasMessage("operand 1 must be one of {array, object, set, string} but got null");
    assertThat(call("sum", arr(n(1), n("2.5")))).isEqualTo(n("3.5"));
    assertThat(call("product", set(n(2), n(3)))).isEqualTo(n(6));
    assertThat(call("max", arr(n(1), s("a"), n(3)))).isEqualTo(s("a"));
    assertThat(call("min", arr())).isNull();
    assertThat(call("sort", set(n(3), n(1)))).isEqualTo(arr(n(1), n(3)));
    assertThatThrownBy(() -> call("sum", arr(n(1), s("x"))))
        .hasMessage("operand 1 must be array of numbers but got array containing string");
    assertThat(call("any", arr(BooleanValue.FALSE, BooleanValue.TRUE))).isEqualTo(BooleanValue.TRUE);
    assertThat(call("all", arr())).isEqualTo(BooleanValue.TRUE);
  }

  @Test
  void arraysAndSets() {
    assertThat(call("array.slice", arr(n(1), n(2), n(3)), n(-1), n(2))).isEqualTo(arr(n(1), n(2)));
    assertThat(call("array.slice", arr(n(1), n(2)), n(2), n(1))).isEqualTo(arr());
    assertThat(call("array.flatten", arr(n(1), arr(n(2), arr(n(3)))))).isEqualTo(arr(n(1), n(2), arr(n(3))));
    assertThat(call("array.reverse", arr(n(1), n(2)))).isEqualTo(arr(n(2), n(1)));
    assertThatThrownBy(() -> call("array.concat", json("{}"), arr()))
        .hasMessage("operand 1 must be array but got object");
    assertThat(call("intersection", set(set(n(1), n(2)), set(n(2), n(3))))).isEqualTo(set(n(2)));
    assertThat(call("union", set(set(n(1)), set(n(2))))).isEqualTo(set(n(1), n(2)));
    assertThat(call("or", set(n(1)), set(n(2)))).isEqualTo(set(n(1), n(2)));
    assertThat(call("and", set(n(1)), set(n(2)))).isEqualTo(set());
  }

  @Test
  void comparisonsAndMembership() {
    assertThat(call("equal", n(1), n("1.0"))).isEqualTo(BooleanValue.TRUE);
    assertThat(call("lt", n(5), s("a"))).isEqualTo(BooleanValue.TRUE);
    assertThat(call("internal.member_2", n(2), json("{\"a\":2}"))).isEqualTo(BooleanValue.TRUE);
    assertThat(call("internal.member_3", n(1), s("b"), arr(s("a"), s("b"))))
        .isEqualTo(BooleanValue.TRUE);
    assertThat(call("internal.member_2", s("a"), s("abc"))).isEqualTo(BooleanValue.FALSE);
  }

  @Test
  void typesAndCasts() {
    assertThat(call("is_number", s("x"))).isEqualTo(BooleanValue.FALSE);
    assertThat(call("is_set", set())).isEqualTo(BooleanValue.TRUE);
    assertThat(call("type_name", set())).isEqualTo(s("set"));
    assertThat(call("to_number", s("-1.5e2"))).isEqualTo(n(-150));
    assertThat(call("to_number", BooleanValue.TRUE)).isEqualTo(n(1));
    assertThatThrownBy(() -> call("to_number", s("broken")))
        .isInstanceOfSatisfying(
            BuiltinException.class, e -> assertThat(e.code()).isEqualTo("eval_builtin_error"))
        .hasMessageContaining("invalid syntax");
    assertThatThrownBy(() -> call("to_number", s("-Infinity")))
        .isInstanceOfSatisfying(
            BuiltinException.class, e -> assertThat(e.code()).isEqualTo("eval_type_error"));
  }
}
