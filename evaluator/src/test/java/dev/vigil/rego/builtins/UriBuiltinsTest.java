package dev.vigil.rego.builtins;

import static dev.vigil.rego.builtins.TestContexts.call;
import static dev.vigil.rego.builtins.TestValues.json;
import static dev.vigil.rego.builtins.TestValues.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.rego.value.BooleanValue;
import org.junit.jupiter.api.Test;

class UriBuiltinsTest {
  @Test
  void parsesLikeNetUrl() {
    assertThat(call("uri.parse", s("https://user:pw@Example.com:8443/a%20b/c?x=1&y=2#frag")))
        .isEqualTo(json("{\"scheme\":\"https\",\"hostname\":\"Example.com\",\"port\":\"8443\",\"path\":\"/a b/c\","
            + "\"raw_path\":\"/a b/c\",\"raw_query\":\"x=1&y=2\",\"fragment\":\"frag\"}"));
    assertThat(call("uri.parse", s("http://[::1]:80/"))).isEqualTo(json("{\"scheme\":\"http\",\"hostname\":\"::1\","
        + "\"port\":\"80\",\"path\":\"/\",\"raw_path\":\"/\"}"));
    assertThatThrownBy(() -> call("uri.parse", s("http://x/%zz"))).hasMessageContaining("invalid URL escape \"%zz\"");
    assertThat(call("uri.is_valid", s(""))).isEqualTo(BooleanValue.FALSE);
    assertThat(call("uri.is_valid", s("/relative/path"))).isEqualTo(BooleanValue.TRUE);
  }
}
