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

class EncodingBuiltinsTest {
  @Test
  void base64AndHex() {
    assertThat(call("base64.encode", s("hello"))).isEqualTo(s("aGVsbG8="));
    assertThat(call("base64.decode", s("aGVsbG8="))).isEqualTo(s("hello"));
    assertThat(call("base64.is_valid", s("aGVsbG8"))).isEqualTo(BooleanValue.FALSE);
    assertThatThrownBy(() -> call("base64.decode", s("a$==")))
        .hasMessage("illegal base64 data at input byte 1");
    assertThat(call("base64url.encode_no_pad", s("hi?>"))).isEqualTo(s("aGk_Pg"));
    assertThat(call("base64url.decode", s("aGk_Pg"))).isEqualTo(s("hi?>"));
    assertThat(call("hex.encode", s("Hi"))).isEqualTo(s("4869"));
    assertThat(call("hex.decode", s("4869"))).isEqualTo(s("Hi"));
    assertThatThrownBy(() -> call("hex.decode", s("fghijkl"))).hasMessageContaining("invalid byte: U+0067 'g'");
  }

  @Test
  void urlQuery() {
    assertThat(call("urlquery.encode", s("a b&c~*"))).isEqualTo(s("a+b%26c~%2A"));
    assertThat(call("urlquery.decode", s("a+b%26c"))).isEqualTo(s("a b&c"));
    assertThat(call("urlquery.encode_object", json("{\"a\":\"c=b+1\"}"))).isEqualTo(s("a=c%3Db%2B1"));
    assertThat(call("urlquery.encode_object", json("{\"b\":[\"1\",\"2\"],\"a\":\"x\"}")))
        .isEqualTo(s("a=x&b=1&b=2"));
    assertThat(call("urlquery.decode_object", s("a=1&a=2&b=x%20y")))
        .isEqualTo(json("{\"a\":[\"1\",\"2\"],\"b\":[\"x y\"]}"));
  }

  @Test
  void jsonMarshalling() {
    assertThat(call("json.marshal", json("{\"b\":[1,\"<\"],\"a\":null}")))
        .isEqualTo(s("{\"a\":null,\"b\":[1,\"\\u003c\"]}"));
    assertThat(call("json.marshal", set(n(2), n(1)))).isEqualTo(s("[1,2]"));
    assertThat(call("json.marshal_with_options", json("{\"foo\":\"bar\",\"bar\":\"baz\"}"), json("{\"prefix\":\"JSON => \"}")))
        .isEqualTo(s("JSON => {\nJSON => \t\"bar\": \"baz\",\nJSON => \t\"foo\": \"bar\"\nJSON => }"));
    assertThat(call("json.marshal_with_options", arr(), json("{\"indent\":\"  \",\"prefix\":\"---\"}")))
        .isEqualTo(s("---[]"));
    assertThatThrownBy(() -> call("json.marshal_with_options", arr(), json("{\"bad\":true}")))
        .hasMessageContaining("object contained unknown key \"bad\"");
    assertThat(call("json.unmarshal", s("{\"a\":[1,2.5]}"))).isEqualTo(json("{\"a\":[1,2.5]}"));
    assertThat(call("json.is_valid", s("{"))).isEqualTo(BooleanValue.FALSE);
  }

  @Test
  void jsonFilterRemovePatch() {
    assertThat(call("json.filter", json("{\"a\":{\"b\":1,\"c\":2},\"d\":[0,{\"e\":1,\"f\":2}]}"),
        arr(s("a/b"), s("d/1/e"))))
        .isEqualTo(json("{\"a\":{\"b\":1},\"d\":[{\"e\":1}]}"));
    assertThat(call("json.remove", json("{\"a\":{\"b\":1,\"c\":2},\"d\":[0,1,2]}"),
        set(s("a/b"), arr(s("d"), s("1")))))
        .isEqualTo(json("{\"a\":{\"c\":2},\"d\":[0,2]}"));
    assertThatThrownBy(() -> call("json.remove", json("{}"), set(n(1))))
        .hasMessage("operand 2 must be one of {set, array} containing string paths or array of path segments but got number");
    assertThat(call("json.patch", json("{\"a\":[1]}"),
        json("[{\"op\":\"add\",\"path\":\"/a/-\",\"value\":2},{\"op\":\"copy\",\"from\":\"/a\",\"path\":\"/b\"},"
            + "{\"op\":\"replace\",\"path\":\"/a/0\",\"value\":9},{\"op\":\"test\",\"path\":\"/b/1\",\"value\":2}]")))
        .isEqualTo(json("{\"a\":[9,2],\"b\":[1,2]}"));
    assertThat(call("json.patch", json("{}"), json("[{\"op\":\"remove\",\"path\":\"/x\"}]"))).isNull();
  }

  @Test
  void yaml() {
    assertThat(call("yaml.unmarshal", s("a: [1, 2.5]\nb: yes\nc: ~\n"))).isEqualTo(json("{\"a\":[1,2.5],\"b\":true,\"c\":null}"));
    assertThat(call("yaml.unmarshal", call("yaml.marshal", json("[{\"foo\":[1,2,3]}]")))).isEqualTo(json("[{\"foo\":[1,2,3]}]"));
    assertThat(call("yaml.marshal", json("{\"b\":[1,2],\"a\":\"x\"}"))).isEqualTo(s("a: x\nb:\n- 1\n- 2\n"));
    assertThatThrownBy(() -> call("yaml.unmarshal", s("[1,2,3"))).hasMessageContaining("yaml: line 1: did not find");
    assertThat(call("yaml.is_valid", s("a: b: c"))).isEqualTo(BooleanValue.FALSE);
  }
}
