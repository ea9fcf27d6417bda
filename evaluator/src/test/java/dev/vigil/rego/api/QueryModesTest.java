package dev.vigil.rego.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.rego.value.BooleanValue;
import dev.vigil.rego.value.NumberValue;
import dev.vigil.rego.value.ObjectValue;
import dev.vigil.rego.value.Values;
import org.junit.jupiter.api.Test;

/** {@code prepare} keeps rule-body semantics; {@code prepareLikeOpaEval} reports a lone false value. */
class QueryModesTest {
    private static final CompiledRego POLICY = Rego.builder().module("p.rego", """
            package p

            default allow := false

            allow if input.user == "alice"

            n := count(input.items)
            """).compile();

    @Test
    void aFalseExpressionIsNoResultInBodyMode() {
        assertThat(POLICY.prepare("data.p.allow").eval(ObjectValue.EMPTY).results()).isEmpty();
        assertThat(POLICY.prepare("data.p.allow == true").eval(ObjectValue.EMPTY).results()).isEmpty();
    }

    @Test
    void aLoneFalseExpressionIsAResultLikeOpaEval() {
        ResultSet rs = POLICY.prepareLikeOpaEval("data.p.allow == true").eval(ObjectValue.EMPTY);
        assertThat(rs.results()).singleElement()
                .satisfies(r -> assertThat(r.expressions()).containsExactly(BooleanValue.FALSE));
        assertThat(POLICY.prepareLikeOpaEval("data.p.allow; true").eval(ObjectValue.EMPTY).results())
                .as("several expressions must all hold").isEmpty();
        assertThat(POLICY.prepareLikeOpaEval("data.p.nothing").eval(ObjectValue.EMPTY).results()).isEmpty();
    }

    @Test
    void expressionValuesAreComputedUnderTheirWithModifiers() {
        ResultSet rs = POLICY.prepare("data.p.n with input as {\"items\": [1, 2]}")
                .eval(Values.parseJson("{\"items\": []}"));
        assertThat(rs.results()).singleElement()
                .satisfies(r -> assertThat(r.expressions()).containsExactly(NumberValue.of(2)));
    }
}
