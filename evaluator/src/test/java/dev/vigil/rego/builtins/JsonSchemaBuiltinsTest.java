package dev.vigil.rego.builtins;

import static dev.vigil.rego.builtins.TestContexts.call;
import static dev.vigil.rego.builtins.TestValues.arr;
import static dev.vigil.rego.builtins.TestValues.json;
import static dev.vigil.rego.builtins.TestValues.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.rego.value.BooleanValue;
import dev.vigil.rego.value.NullValue;
import org.junit.jupiter.api.Test;

class JsonSchemaBuiltinsTest {
  private static final String SCHEMA = "{\"properties\":{\"id\":{\"type\":\"integer\"}},\"required\":[\"id\"]}";

  @Test
  void matchesWithGojsonschemaErrors() {
    assertThat(call("json.match_schema", json("{\"id\":5}"), json(SCHEMA))).isEqualTo(arr(BooleanValue.TRUE, arr()));
    assertThat(call("json.match_schema", s("{\"id\":5}"), s(SCHEMA))).isEqualTo(arr(BooleanValue.TRUE, arr()));
    assertThat(call("json.match_schema", json("{\"id\":\"foo\"}"), json(SCHEMA))).isEqualTo(arr(BooleanValue.FALSE, arr(json(
        "{\"desc\":\"Invalid type. Expected: integer, given: string\",\"error\":\"id: Invalid type. Expected: integer, given: string\","
            + "\"field\":\"id\",\"type\":\"invalid_type\"}"))));
    assertThat(call("json.match_schema", json("{}"), json(SCHEMA)).toString()).contains("id is required");
    assertThatThrownBy(() -> call("json.match_schema", json("{}"), json("{\"properties\":{\"id\":{\"type\":\"unknown\"}}}")))
        .hasMessageContaining("has a primitive type that is NOT VALID -- given: /unknown/");
  }

  @Test
  void verifiesSchemas() {
    assertThat(call("json.verify_schema", s("{\"type\":\"boolean\"}"))).isEqualTo(arr(BooleanValue.TRUE, NullValue.INSTANCE));
    assertThat(call("json.verify_schema", json("{\"type\":\"unknown_type\"}"))).isEqualTo(arr(BooleanValue.FALSE,
        s("jsonschema: has a primitive type that is NOT VALID -- given: /unknown_type/ Expected valid values are:[array boolean integer number null object string]")));
  }
}
