package dev.vigil.rego.builtins;

import static dev.vigil.rego.builtins.TestContexts.call;
import static dev.vigil.rego.builtins.TestValues.arr;
import static dev.vigil.rego.builtins.TestValues.json;
import static dev.vigil.rego.builtins.TestValues.n;
import static dev.vigil.rego.builtins.TestValues.s;
import static dev.vigil.rego.builtins.TestValues.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TemplateBuiltinsTest {
  @Test
  void renderTemplate() {
    assertThat(call("strings.render_template", s("{{.test}}"), json("{\"test\":\"hello world\"}"))).isEqualTo(s("hello world"));
    assertThat(call("strings.render_template", s("{{.test}}"), json("{\"test\":2023}"))).isEqualTo(s("2023"));
    assertThat(call("strings.render_template",
        s("{{range $i, $name := .hellonames}}{{if $i}},{{end}}hello {{$name}}{{end}}"),
        json("{\"hellonames\":[\"rohan\",\"john doe\"]}"))).isEqualTo(s("hello rohan,hello john doe"));
    assertThat(call("strings.render_template", s("test {{.foo}} {{.bar}} {{.baz}}"), json("{\"baz\":1}")))
        .isEqualTo(s("test <undefined> <undefined> 1"));
  }

  @Test
  void templateStrings() {
    assertThat(call("internal.template_string", arr(s("a "), set(n(42)), s(" "), set(), s(" "), set(arr(s("x"))))))
        .isEqualTo(s("a 42 <undefined> [\"x\"]"));
    assertThatThrownBy(() -> call("internal.template_string", arr(set(n(1), n(2)))))
        .isInstanceOfSatisfying(BuiltinException.class, e -> {
          assertThat(e.code()).isEqualTo("eval_conflict_error");
          assertThat(e.halts()).isTrue();
        });
  }
}
