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
import org.junit.jupiter.api.Test;

class StringBuiltinsTest {
  private static String sprintf(String format, String argsJson) {
    return ((dev.vigil.rego.value.StringValue) call("sprintf", s(format), json(argsJson))).value();
  }

  @Test
  void sprintfFollowsGoFmt() {
    assertThat(call("sprintf", s("hi %v"), arr(arr(s("there"), n(5), n("3.14")))))
        .isEqualTo(s("hi [\"there\", 5, 3.14]"));
    assertThat(sprintf("hi %.2f", "[3.1415]")).isEqualTo("hi 3.14");
    assertThat(sprintf("hi %02X.%02X", "[127, 1]")).isEqualTo("hi 7F.01");
    assertThat(sprintf("hi %02d", "[5]")).isEqualTo("hi 05");
    assertThat(sprintf("hi %s", "[true]")).isEqualTo("hi true");
    assertThat(sprintf("%s", "[123456789123456789123]")).isEqualTo("123456789123456789123");
    assertThat(call("sprintf", s("hi %v"), arr(n("2e308")))).isEqualTo(s("hi 2e308"));
    assertThat(sprintf("%d %s", "[1]")).isEqualTo("1 %!s(MISSING)");
    assertThat(sprintf("%s", "[1]")).isEqualTo("%!s(int=1)");
    assertThat(sprintf("%v|%v|%v", "[1.5, 1e21, 0.00001]")).isEqualTo("1.5|1e+21|1e-05");
    assertThat(sprintf("%-5s|%5s|%q", "[\"a\", \"b\", \"c\"]")).isEqualTo("a    |    b|\"c\"");
    assertThat(sprintf("%x %o %b %+d %e", "[255, 8, 5, 3, 1234.5678]"))
        .isEqualTo("ff 10 101 +3 1.234568e+03");
    assertThat(sprintf("%d%%", "[50]")).isEqualTo("50%");
    assertThat(sprintf("%d", "[1, 2]")).isEqualTo("1%!(EXTRA int=2)");
  }

  @Test
  void basics() {
    assertThat(call("concat", s("/"), set(s("b"), s("a")))).isEqualTo(s("a/b"));
    assertThatThrownBy(() -> call("concat", s(","), arr(s("a"), n(1))))
        .hasMessage("operand 2 must be array of strings but got array containing number");
    assertThat(call("split", s("a.b.c"), s("."))).isEqualTo(arr(s("a"), s("b"), s("c")));
    assertThat(call("split", s("abc"), s(""))).isEqualTo(arr(s("a"), s("b"), s("c")));
    assertThat(call("strings.split_n", s("a.b.c"), s("."), n(2))).isEqualTo(arr(s("a"), s("b.c")));
    assertThat(call("replace", s("abc"), s(""), s("-"))).isEqualTo(s("-a-b-c-"));
    assertThat(call("strings.replace_n", json("{\"a\":\"b\",\"b\":\"a\"}"), s("aabb")))
        .isEqualTo(s("bbaa"));
    assertThatThrownBy(() -> call("strings.replace_n", json("{\"a\":1}"), s("x")))
        .hasMessage("operand 1 non-string value found in pattern object");
    assertThat(call("trim", s("xxhixx"), s("x"))).isEqualTo(s("hi"));
    assertThat(call("trim_space", s("\u00a0 hi\t\n"))).isEqualTo(s("hi"));
    assertThat(call("upper", s("straße"))).isEqualTo(s("STRASSE".replace("SS", "ß")));
    assertThat(call("strings.reverse", s("héllo"))).isEqualTo(s("olléh"));
    assertThat(call("strings.count", s("cheese"), s("e"))).isEqualTo(n(3));
    assertThat(call("strings.count", s("five"), s(""))).isEqualTo(n(5));
  }

  @Test
  void indexingIsByRune() {
    assertThat(call("indexof", s("héllo"), s("l"))).isEqualTo(n(2));
    assertThat(call("indexof", s("abc"), s("z"))).isEqualTo(n(-1));
    assertThat(call("indexof_n", s("abab"), s("ab"))).isEqualTo(arr(n(0), n(2)));
    assertThatThrownBy(() -> call("indexof", s("abc"), s(""))).hasMessage("empty search character");
    assertThat(call("substring", s("héllo"), n(1), n(3))).isEqualTo(s("éll"));
    assertThat(call("substring", s("abc"), n(1), n(-1))).isEqualTo(s("bc"));
    assertThat(call("substring", s("abc"), n(5), n(1))).isEqualTo(s(""));
    assertThatThrownBy(() -> call("substring", s("abc"), n(-1), n(1))).hasMessage("negative offset");
  }

  @Test
  void formatIntAndAffixes() {
    assertThat(call("format_int", n("-10.7"), n(16))).isEqualTo(s("-a"));
    assertThat(call("format_int", n(5), n(2))).isEqualTo(s("101"));
    assertThatThrownBy(() -> call("format_int", n(5), n(3)))
        .hasMessage("operand 2 must be one of {2, 8, 10, 16}");
    assertThat(call("strings.any_prefix_match", arr(s("abc"), s("x")), s("ab")))
        .isEqualTo(BooleanValue.TRUE);
    assertThat(call("strings.any_suffix_match", s("abc"), set(s("x"), s("bc"))))
        .isEqualTo(BooleanValue.TRUE);
    assertThat(call("strings.any_prefix_match", arr(), s("a"))).isEqualTo(BooleanValue.FALSE);
  }

  @Test
  void objects() {
    assertThat(call("object.get", json("{\"a\":{\"b\":[1,2]}}"), arr(s("a"), s("b"), n(1)), n(0)))
        .isEqualTo(n(2));
    assertThat(call("object.get", json("{\"a\":1}"), s("z"), s("d"))).isEqualTo(s("d"));
    assertThat(call("object.remove", json("{\"a\":1,\"b\":2}"), set(s("a")))).isEqualTo(json("{\"b\":2}"));
    assertThat(call("object.filter", json("{\"a\":1,\"b\":2}"), json("{\"a\":0}"))).isEqualTo(json("{\"a\":1}"));
    assertThatThrownBy(() -> call("object.filter", json("{}"), n(1)))
        .hasMessage("operand 2 must be one of {object, set, array} but got number");
    assertThat(call("object.union", json("{\"a\":{\"b\":1},\"c\":1}"), json("{\"a\":{\"d\":2},\"c\":2}")))
        .isEqualTo(json("{\"a\":{\"b\":1,\"d\":2},\"c\":2}"));
    assertThat(call("object.union_n", json("[{\"a\":{\"b\":2}},{\"a\":4},{\"a\":{\"c\":3}}]")))
        .isEqualTo(json("{\"a\":{\"c\":3}}"));
    assertThat(call("object.subset", json("{\"a\":[1,2,3],\"b\":1}"), json("{\"a\":[2,3]}")))
        .isEqualTo(BooleanValue.TRUE);
    assertThat(call("object.subset", arr(n(1), n(2)), set(n(2)))).isEqualTo(BooleanValue.TRUE);
    assertThat(call("object.keys", json("{\"a\":1}"))).isEqualTo(set(s("a")));
  }
}
