package dev.vigil.rego.builtins;

import static dev.vigil.rego.builtins.TestContexts.call;
import static dev.vigil.rego.builtins.TestValues.n;
import static dev.vigil.rego.builtins.TestValues.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.rego.value.BooleanValue;
import org.junit.jupiter.api.Test;

class MiscBuiltinsTest {
  @Test
  void units() {
    assertThat(call("units.parse", s("500m"))).isEqualTo(n("0.5"));
    assertThat(call("units.parse", s("1Ki"))).isEqualTo(n(1024));
    assertThat(call("units.parse", s("0.0000005M"))).isEqualTo(n("0.5"));
    assertThat(call("units.parse", s("4.1Mi"))).isEqualTo(n("4299161.6"));
    assertThatThrownBy(() -> call("units.parse", s("")))
        .isInstanceOfSatisfying(BuiltinException.class, e ->
            assertThat(e.messageFor("units.parse")).contains("units.parse: no amount provided"));
    assertThatThrownBy(() -> call("units.parse", s("1 k"))).hasMessageContaining("spaces not allowed");
    assertThatThrownBy(() -> call("units.parse", s("1x"))).hasMessageContaining("unit x not recognized");
    assertThat(call("units.parse_bytes", s("1.5KiB"))).isEqualTo(n(1536));
    assertThat(call("units.parse_bytes", s("\"10MB\""))).isEqualTo(n(10_000_000));
    assertThatThrownBy(() -> call("units.parse_bytes", s("1..5kb"))).hasMessageContaining("could not parse byte amount to a number");
  }

  @Test
  void semver() {
    assertThat(call("semver.compare", s("1.0.0"), s("2.0.0"))).isEqualTo(n(-1));
    assertThat(call("semver.compare", s("1.0.0-alpha.1"), s("1.0.0-alpha.beta"))).isEqualTo(n(-1));
    assertThat(call("semver.compare", s("1.0.0"), s("1.0.0-rc.1"))).isEqualTo(n(1));
    assertThat(call("semver.compare", s("1.0.0+build"), s("1.0.0"))).isEqualTo(n(0));
    assertThatThrownBy(() -> call("semver.compare", s("1.0.0"), s("1")))
        .hasMessage("operand 2: string \"1\" is not a valid SemVer");
    assertThat(call("semver.is_valid", n(1))).isEqualTo(BooleanValue.FALSE);
  }

  @Test
  void crypto() {
    assertThat(call("crypto.md5", s("abc"))).isEqualTo(s("900150983cd24fb0d6963f7d28e17f72"));
    assertThat(call("crypto.sha256", s("abc")))
        .isEqualTo(s("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    assertThat(call("crypto.hmac.sha256", s("hello"), s("key")))
        .isEqualTo(s("9307b3b915efb5171ff14d8cb55fbcc798c6c0ef1456d66ded1a6aa723a58b7b"));
    assertThat(call("crypto.hmac.sha1", s("x"), s(""))).isEqualTo(call("crypto.hmac.sha1", s("x"), s("")));
    assertThat(call("crypto.hmac.equal", s("a"), s("a"))).isEqualTo(BooleanValue.TRUE);
  }

  @Test
  void bits() {
    assertThat(call("bits.and", n(12), n(10))).isEqualTo(n(8));
    assertThat(call("bits.xor", n(12), n(10))).isEqualTo(n(6));
    assertThat(call("bits.negate", n(42))).isEqualTo(n(-43));
    assertThat(call("bits.lsh", n(1), n(70))).isEqualTo(n("1180591620717411303424"));
    assertThat(call("bits.rsh", n(-8), n(1))).isEqualTo(n(-4));
    assertThatThrownBy(() -> call("bits.lsh", n(7), n(-1)))
        .hasMessage("operand 2 must be an unsigned integer number but got a negative integer");
    assertThatThrownBy(() -> call("bits.and", n("7.2"), n(42)))
        .hasMessage("operand 1 must be integer number but got floating-point number");
  }
}
