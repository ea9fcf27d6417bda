package dev.vigil.rego.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class ValuesJsonTest {
  @Test
  void roundTripsThroughJsonText() {
    String json =
        "{\"a\":[1,2.5,\"x\",true,null],\"b\":{\"c\":{}},\"big\":123456789012345678901234567890,"
            + "\"f\":0.1}";
    Value v = Values.parseJson(json);
    assertThat(v).isInstanceOf(ObjectValue.class);
    assertThat(((ObjectValue) v).get("big"))
        .isEqualTo(NumberValue.parse("123456789012345678901234567890"));
    assertThat(Values.parseJson(Values.toJsonString(v))).isEqualTo(v);
    assertThat(Values.toJsonString(v))
        .isEqualTo(
            "{\"a\":[1,2.5,\"x\",true,null],\"b\":{\"c\":{}},"
                + "\"big\":123456789012345678901234567890,\"f\":0.1}");
  }

  @Test
  void roundTripsThroughJackson() throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    JsonNode node = mapper.readTree("{\"k\":[1,{\"z\":\"q\"},1.25],\"n\":null}");
    Value v = Values.fromJson(node);
    assertThat(mapper.writeValueAsString(Values.toJson(v))).isEqualTo(mapper.writeValueAsString(node));
  }

  @Test
  void setsBecomeSortedArraysAndNonStringKeysTheirJson() {
    ObjectValue o =
        ObjectValue.builder()
            .put(NumberValue.of(1), SetValue.of(new StringValue("b"), new StringValue("a")))
            .put(ArrayValue.of(new StringValue("k")), BooleanValue.TRUE)
            .build();
    assertThat(Values.toJsonString(o)).isEqualTo("{\"1\":[\"a\",\"b\"],\"[\\\"k\\\"]\":true}");
    assertThat(Values.toJson(o).get("1").get(0).asText()).isEqualTo("a");
  }

  @Test
  void escapesHtmlLikeGo() {
    assertThat(Values.toJsonString(new StringValue("<a&b>"))).isEqualTo("\"\\u003ca\\u0026b\\u003e\"");
    assertThat(Values.toJsonStringPlain(new StringValue("<a>"))).isEqualTo("\"<a>\"");
  }

  @Test
  void rejectsMalformedJson() {
    assertThatThrownBy(() -> Values.parseJson("{\"a\":")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Values.parseJson("1 2")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Values.parseJson("")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void typeNamesAreOpas() {
    assertThat(Values.parseJson("null").typeName()).isEqualTo("null");
    assertThat(Values.parseJson("[]").typeName()).isEqualTo("array");
    assertThat(SetValue.EMPTY.typeName()).isEqualTo("set");
    assertThat(Values.parseJson("{}").typeName()).isEqualTo("object");
  }
}
