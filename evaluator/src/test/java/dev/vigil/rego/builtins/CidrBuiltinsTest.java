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

class CidrBuiltinsTest {
  @Test
  void containsAndIntersects() {
    assertThat(call("net.cidr_contains", s("10.0.0.0/8"), s("10.1.2.3"))).isEqualTo(BooleanValue.TRUE);
    assertThat(call("net.cidr_contains", s("10.0.0.0/8"), s("10.1.0.0/16"))).isEqualTo(BooleanValue.TRUE);
    assertThat(call("net.cidr_contains", s("10.0.0.0/16"), s("10.0.0.0/8"))).isEqualTo(BooleanValue.FALSE);
    assertThat(call("net.cidr_contains", s("2001:db8::/32"), s("2001:db8:1::1"))).isEqualTo(BooleanValue.TRUE);
    assertThatThrownBy(() -> call("net.cidr_contains", s("192.168.1.0/28"), s("not-a-cidr")))
        .hasMessage("not a valid textual representation of an IP address or CIDR: not-a-cidr");
    assertThat(call("net.cidr_intersects", s("192.168.1.0/24"), s("192.168.1.128/25"))).isEqualTo(BooleanValue.TRUE);
    assertThat(call("net.cidr_is_valid", s("192.168.1.1/33"))).isEqualTo(BooleanValue.FALSE);
    assertThat(call("net.cidr_is_valid", s("::/0"))).isEqualTo(BooleanValue.TRUE);
  }

  @Test
  void expandAndMerge() {
    assertThat(call("net.cidr_expand", s("192.168.1.1/31"))).isEqualTo(set(s("192.168.1.0"), s("192.168.1.1")));
    assertThatThrownBy(() -> call("net.cidr_expand", s("192.168.1.1/33")))
        .hasMessage("invalid CIDR address: 192.168.1.1/33");
    assertThat(call("net.cidr_merge", arr(s("192.0.2.112/30"), s("192.0.2.116/31"), s("192.0.2.118/31"))))
        .isEqualTo(set(s("192.0.2.112/29")));
    assertThat(call("net.cidr_merge", arr(s("192.0.128.0"), s("192.0.129.0")))).isEqualTo(set(s("192.0.128.0/23")));
    assertThat(call("net.cidr_merge", arr(s("192.0.2.112")))).isEqualTo(set(s("192.0.2.112/24")));
    assertThat(call("net.cidr_merge", arr(s("192.0.2.112"), s("192.0.2.116/31")))).isEqualTo(set(s("192.0.2.0/24")));
    assertThat(call("net.cidr_merge", arr(s("2601:600:8a80:207e:a57d:7567:e2c9:e7b3/64"),
        s("2601:600:8a80:207e:a57d:7567:e2c9:e7b3/128")))).isEqualTo(set(s("2601:600:8a80:207e::/64")));
    assertThatThrownBy(() -> call("net.cidr_merge", arr(s("2601:600:8a80:207e:a57d:7567:e2c9:e7b3"))))
        .hasMessage("IPv6 invalid: needs prefix length");
    assertThat(call("net.cidr_merge", arr(s("192.0.128.0/24"), s("0.0.0.0/0")))).isEqualTo(set(s("0.0.0.0/0")));
  }

  @Test
  void containsMatches() {
    assertThat(call("net.cidr_contains_matches", json("{\"a\":\"10.0.0.0/8\",\"b\":[\"192.168.0.0/16\",\"x\"]}"),
        arr(s("10.1.1.1"), s("192.168.1.1"))))
        .isEqualTo(set(arr(s("a"), n(0)), arr(s("b"), n(1))));
    assertThatThrownBy(() -> call("net.cidr_contains_matches", s("10.0.0.0/8"), arr(n(1))))
        .hasMessage("operand 2: element must be string or non-empty array");
  }
}
