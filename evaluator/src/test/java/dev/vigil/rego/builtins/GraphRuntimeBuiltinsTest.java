package dev.vigil.rego.builtins;

import static dev.vigil.rego.builtins.TestContexts.call;
import static dev.vigil.rego.builtins.TestValues.arr;
import static dev.vigil.rego.builtins.TestValues.json;
import static dev.vigil.rego.builtins.TestValues.n;
import static dev.vigil.rego.builtins.TestValues.s;
import static dev.vigil.rego.builtins.TestValues.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.rego.value.StringValue;
import dev.vigil.rego.value.Value;
import java.util.List;
import org.junit.jupiter.api.Test;

class GraphRuntimeBuiltinsTest {
  @Test
  void graphs() {
    Value g = json("{\"a\":[\"b\"],\"b\":[\"c\",\"a\"],\"c\":[],\"d\":[\"a\"]}");
    assertThat(call("graph.reachable", g, arr(s("a")))).isEqualTo(set(s("a"), s("b"), s("c")));
    assertThat(call("graph.reachable_paths", g, arr(s("a"))))
        .isEqualTo(set(arr(s("a"), s("b"), s("c")), arr(s("a"), s("b"))));
    assertThatThrownBy(() -> call("graph.reachable", g, s("a")))
        .hasMessage("operand 2 must be {array, set} but got string");
  }

  @Test
  void walkListsEveryPathInPreOrder() {
    assertThat(call("walk", json("{\"a\":[1]}")))
        .isEqualTo(arr(arr(arr(), json("{\"a\":[1]}")), arr(arr(s("a")), arr(n(1))), arr(arr(s("a"), n(0)), n(1))));
    assertThat(TestContexts.REGISTRY.lookup("walk").orElseThrow().declaration().relation()).isTrue();
  }

  @Test
  void uuids() {
    BuiltinContext ctx = TestContexts.fixed();
    Builtin rfc = TestContexts.REGISTRY.lookup("uuid.rfc4122").orElseThrow();
    Value first = rfc.call(ctx, List.of(s("k")));
    assertThat(rfc.call(ctx, List.of(s("k")))).isEqualTo(first);
    assertThat(rfc.call(ctx, List.of(s("other")))).isNotEqualTo(first);
    assertThat(((StringValue) first).value()).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    assertThat(call("uuid.parse", s("urn:uuid:000003e8-48b9-21ee-b200-325096b39f47")))
        .isEqualTo(json("{\"clocksequence\":12800,\"domain\":\"Person\",\"id\":1000,\"macvariables\":\"local:unicast\","
            + "\"nodeid\":\"32-50-96-b3-9f-47\",\"time\":1693566990121469600,\"variant\":\"RFC4122\",\"version\":2}"));
    assertThat(call("uuid.parse", s("{00000000-0000-4000-8000-000000000000}")))
        .isEqualTo(json("{\"variant\":\"RFC4122\",\"version\":4}"));
    assertThat(call("uuid.parse", s("nope"))).isNull();
  }

  @Test
  void randomnessIsStablePerEvaluation() {
    BuiltinContext ctx = TestContexts.fixed();
    Builtin intn = TestContexts.REGISTRY.lookup("rand.intn").orElseThrow();
    Value v = intn.call(ctx, List.of(s("key"), n(100)));
    assertThat(intn.call(ctx, List.of(s("key"), n(100)))).isEqualTo(v);
    assertThat(((dev.vigil.rego.value.NumberValue) v).intValueExact().orElseThrow()).isBetween(0, 99);
  }

  @Test
  void networkIsRefused() {
    assertThatThrownBy(() -> call("http.send", json("{\"method\":\"get\",\"url\":\"http://x\"}")))
        .isInstanceOfSatisfying(BuiltinException.class, e -> {
          assertThat(e.code()).isEqualTo("eval_builtin_error");
          assertThat(e.messageFor("http.send")).isEqualTo("http.send: not supported in Vigil (no network access from policies)");
        });
    assertThatThrownBy(() -> call("http.send", json("{\"bad_key\":1,\"method\":\"get\",\"url\":\"u\"}")))
        .hasMessage("invalid request parameters(s): {\"bad_key\"}");
    assertThatThrownBy(() -> call("http.send", json("{\"method\":\"get\"}")))
        .hasMessage("missing required request parameters(s): {\"url\"}");
    assertThat(call("net.lookup_ip_addr", s("::"))).isEqualTo(set(s("::")));
    assertThatThrownBy(() -> call("net.lookup_ip_addr", s("example.com"))).hasMessageContaining("no network access");
  }
}
