package dev.vigil.rego.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValueOrderTest {
  private static Value n(long v) {
    return NumberValue.of(v);
  }

  private static Value s(String v) {
    return new StringValue(v);
  }

  @Test
  void typesOrderAsInOpa() {
    List<Value> sorted =
        List.of(
            NullValue.INSTANCE,
            BooleanValue.FALSE,
            BooleanValue.TRUE,
            n(-3),
            n(7),
            s(""),
            s("a"),
            ArrayValue.of(),
            ArrayValue.of(n(1)),
            ObjectValue.EMPTY,
            ObjectValue.of("a", n(1)),
            SetValue.EMPTY,
            SetValue.of(n(1)));
    List<Value> shuffled = new ArrayList<>(sorted);
    Collections.reverse(shuffled);
    Collections.sort(shuffled);
    assertThat(shuffled).containsExactlyElementsOf(sorted);
  }

  @Test
  void numbersAreEqualByValue() {
    NumberValue one = NumberValue.of(1);
    NumberValue oneFloat = NumberValue.parse("1.0");
    NumberValue oneExp = NumberValue.parse("1e0");
    assertThat(one).isEqualTo(oneFloat).isEqualTo(oneExp);
    assertThat(one.hashCode()).isEqualTo(oneFloat.hashCode()).isEqualTo(oneExp.hashCode());
    assertThat(oneFloat.isInteger()).isTrue();
    assertThat(NumberValue.parse("1.5").isInteger()).isFalse();
    assertThat(SetValue.of(one, oneFloat, oneExp).size()).isEqualTo(1);
    assertThat(ObjectValue.of(Map.of(one, s("x"))).get(oneFloat)).isEqualTo(s("x"));
    assertThat(NumberValue.parse("0.1").compareTo(NumberValue.parse("0.10000000000000000001")))
        .isNegative();
  }

  @Test
  void numbersPrintLikeJson() {
    assertThat(NumberValue.parse("1.0").toString()).isEqualTo("1");
    assertThat(NumberValue.parse("1e3").toString()).isEqualTo("1000");
    assertThat(NumberValue.parse("-2.50").toString()).isEqualTo("-2.5");
    assertThat(NumberValue.of(new BigDecimal("123456789012345678901234567890")).toString())
        .isEqualTo("123456789012345678901234567890");
  }

  @Test
  void arraysCompareLexicographically() {
    assertThat(ArrayValue.of(n(1), n(2))).isLessThan(ArrayValue.of(n(1), n(3)));
    assertThat(ArrayValue.of(n(1))).isLessThan(ArrayValue.of(n(1), n(0)));
    assertThat(ArrayValue.of(n(2))).isGreaterThan(ArrayValue.of(n(1), n(9)));
  }

  @Test
  void objectsCompareKeyThenValuePairwise() {
    ObjectValue a = ObjectValue.builder().put("a", n(2)).build();
    ObjectValue b = ObjectValue.builder().put("a", n(1)).put("b", n(1)).build();
    ObjectValue c = ObjectValue.builder().put("b", n(0)).build();
    assertThat(a).isGreaterThan(b);
    assertThat(a).isLessThan(c);
    assertThat(ObjectValue.builder().put("a", n(1)).build()).isLessThan(b);
  }

  @Test
  void setsCompareSortedElements() {
    assertThat(SetValue.of(n(3), n(1))).isEqualTo(SetValue.of(n(1), n(3)));
    assertThat(SetValue.of(n(3), n(1)).elements()).containsExactly(n(1), n(3));
    assertThat(SetValue.of(n(1), n(2))).isLessThan(SetValue.of(n(1), n(3)));
    assertThat(SetValue.of(n(1))).isLessThan(SetValue.of(n(1), n(2)));
  }

  @Test
  void stringsCompareByCodePointLikeGo() {
    String supplementary = new String(Character.toChars(0x1F600));
    assertThat(s(supplementary)).isGreaterThan(s("\uFFFD"));
    assertThat(s("ab")).isGreaterThan(s("a")).isLessThan(s("b"));
  }

  @Test
  void printsRegoTerms() {
    ObjectValue o =
        ObjectValue.builder()
            .put("b", SetValue.of(n(2), n(1)))
            .put("a", ArrayValue.of(s("x\n"), NullValue.INSTANCE))
            .put(n(1), SetValue.EMPTY)
            .build();
    assertThat(o.toRego()).isEqualTo("{1: set(), \"a\": [\"x\\n\", null], \"b\": {1, 2}}");
  }
}
