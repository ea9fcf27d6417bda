package dev.vigil.rego.builtins;

import static dev.vigil.rego.builtins.TestContexts.call;
import static dev.vigil.rego.builtins.TestValues.arr;
import static dev.vigil.rego.builtins.TestValues.n;
import static dev.vigil.rego.builtins.TestValues.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.rego.value.BooleanValue;
import dev.vigil.rego.value.NullValue;
import dev.vigil.rego.value.Value;
import org.junit.jupiter.api.Test;

class PatternBuiltinsTest {
  private static final Value T = BooleanValue.TRUE;
  private static final Value F = BooleanValue.FALSE;

  @Test
  void regexMatchFindSplit() {
    assertThat(call("regex.match", s("^[a-z]+$"), s("abc"))).isEqualTo(T);
    assertThat(call("regex.is_valid", s("(abc"))).isEqualTo(F);
    assertThatThrownBy(() -> call("regex.match", s("(abc"), s("x")))
        .hasMessageContaining("error parsing regexp: missing closing )");
    assertThat(call("regex.find_n", s("a."), s("paranormal"), n(2))).isEqualTo(arr(s("ar"), s("an")));
    assertThat(call("regex.find_n", s("^a."), s("abacadaeaf"), n(-1))).isEqualTo(arr(s("ab")));
    assertThat(call("regex.find_n", s("a*"), s("baaac"), n(-1))).isEqualTo(arr(s(""), s("aaa"), s("")));
    assertThat(call("regex.split", s("^[a-z]+"), s("foobar baz"))).isEqualTo(arr(s(""), s(" baz")));
    assertThat(call("regex.split", s("^[a-z]+\\[[0-9]+\\]$"), s(""))).isEqualTo(arr(s("")));
    assertThat(call("regex.find_all_string_submatch_n", s("a(x*)b"), s("-axxb-ab-"), n(-1)))
        .isEqualTo(arr(arr(s("axxb"), s("xx")), arr(s("ab"), s(""))));
  }

  @Test
  void regexReplaceExpandsGoTemplates() {
    assertThat(call("regex.replace", s("-wy-wxxy-"), s("w(x*)y"), s("0"))).isEqualTo(s("-0-0-"));
    assertThat(call("regex.replace", s("foo"), s("(foo)"), s("$1$1"))).isEqualTo(s("foofoo"));
    assertThat(call("regex.replace", s("ab"), s("(?P<x>a)"), s("${x}!$$"))).isEqualTo(s("a!$b"));
  }

  @Test
  void templateMatch() {
    assertThat(call("regex.template_match", s("urn:foo:{.*}"), s("urn:foo:bar:baz"), s("{"), s("}")))
        .isEqualTo(T);
    assertThat(call("regex.template_match", s("urn:foo.bar.com:{.*}"), s("urn:foo.com:bar:baz"), s("{"), s("}")))
        .isEqualTo(F);
    assertThatThrownBy(() -> call("regex.template_match", s("a{b"), s("x"), s("{"), s("}")))
        .hasMessageContaining("unbalanced braces");
  }

  @Test
  void globsFollowGobwasSemantics() {
    assertThat(call("glob.match", s("*.github.com"), arr(s(".")), s("api.github.com"))).isEqualTo(T);
    assertThat(call("glob.match", s("*"), arr(), s("foo.bar"))).isEqualTo(F);
    assertThat(call("glob.match", s("*"), NullValue.INSTANCE, s("foo.bar"))).isEqualTo(T);
    assertThat(call("glob.match", s("api.**.com"), arr(s(".")), s("api.cdn.github.com"))).isEqualTo(T);
    assertThat(call("glob.match", s("?at"), arr(s("f")), s("fat"))).isEqualTo(F);
    assertThat(call("glob.match", s("[!a-c]at"), arr(), s("fat"))).isEqualTo(T);
    assertThat(call("glob.match", s("[!a-c]at"), arr(), s("bat"))).isEqualTo(F);
    assertThat(call("glob.match", s("{cat,bat,[fr]at}"), arr(), s("rat"))).isEqualTo(T);
    assertThat(call("glob.match", s("{cat,bat,[fr]at}"), arr(), s("at"))).isEqualTo(F);
    assertThat(call("glob.quote_meta", s("*.github.com"))).isEqualTo(s("\\*.github.com"));
    assertThatThrownBy(() -> call("glob.match", s("*"), n(1), s("x")))
        .hasMessage("operand 2 must be one of {array, null} but got number");
  }

  @Test
  void globsIntersect() {
    assertThat(call("regex.globs_match", s("a.a.[0-9]+z"), s(".b.b2359825792*594823z"))).isEqualTo(T);
    assertThat(call("regex.globs_match", s("[a-z]+"), s("[0-9]*"))).isEqualTo(F);
    assertThat(call("regex.globs_match", s("[a-z]+"), s("[0-9a]+"))).isEqualTo(T);
    assertThat(call("regex.globs_match", s("[a-z]+\\[[0-9]+\\]"), s("foo\\[1\\]"))).isEqualTo(T);
    assertThat(call("regex.globs_match", s("[a-z]+\\[[0-9]+\\]"), s("foo[\"bar\"]"))).isEqualTo(F);
    assertThatThrownBy(() -> call("regex.globs_match", s("pqrs]"), s("[a-b]+")))
        .hasMessageContaining("input:pqrs], pos:5, set-close ']' with no preceding '[': the input provided is invalid");
  }
}
