package dev.vigil.rego.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.rego.api.EvalLimits;
import dev.vigil.rego.api.PreparedQuery;
import dev.vigil.rego.api.Rego;
import dev.vigil.rego.api.RegoException;
import dev.vigil.rego.api.ResultSet;
import dev.vigil.rego.value.Value;
import dev.vigil.rego.value.Values;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class EvaluatorTest {
    private static Value eval(String module, String query, String inputJson) {
        ResultSet rs =
                Rego.builder()
                        .module("t.rego", module)
                        .query(query)
                        .prepare()
                        .eval(inputJson == null ? null : Values.parseJson(inputJson));
        return rs.results().isEmpty() ? null : rs.results().get(0).bindings().get("x");
    }

    @Test
    void partialSetsObjectsAndDefaults() {
        String m =
                """
                package t
                default allow := false
                allow if input.user == "admin"
                deny contains u if { some u in input.users; startswith(u, "x") }
                owners[name] := n if { some name, n in input.owners }
                """;
        assertThat(eval(m, "x := data.t.allow", "{\"user\":\"bob\"}"))
                .isEqualTo(Values.parseJson("false"));
        assertThat(eval(m, "x := data.t.deny", "{\"users\":[\"xa\",\"b\",\"xc\"]}").toString())
                .isEqualTo("{\"xa\", \"xc\"}");
        assertThat(eval(m, "x := data.t.owners", "{\"owners\":{\"a\":1}}"))
                .isEqualTo(Values.parseJson("{\"a\":1}"));
    }

    @Test
    void elseChainsFunctionsEveryAndWith() {
        String m =
                """
                package t
                f(x) := "big" if { x > 10 } else := "small"
                all_pos if { every v in input.xs { v > 0 } }
                g(x) := x * 2
                p := y if { y := f(input.n) with input.n as 1 }
                q := y if { y := g(3) with g as h }
                h(x) := x + 100
                """;
        assertThat(eval(m, "x := data.t.f(20)", null)).isEqualTo(Values.parseJson("\"big\""));
        assertThat(eval(m, "x := data.t.f(2)", null)).isEqualTo(Values.parseJson("\"small\""));
        assertThat(eval(m, "x := data.t.all_pos", "{\"xs\":[1,2]}"))
                .isEqualTo(Values.parseJson("true"));
        assertThat(eval(m, "x := data.t.all_pos", "{\"xs\":[1,-2]}")).isNull();
        assertThat(eval(m, "x := data.t.q", null)).isEqualTo(Values.parseJson("103"));
    }

    @Test
    void conflictingCompleteRulesAreEvalConflictErrors() {
        String m = "package t\np := 1\np := 2\n";
        assertThatThrownBy(() -> eval(m, "x := data.t.p", null))
                .isInstanceOf(RegoException.class)
                .satisfies(
                        e ->
                                assertThat(((RegoException) e).code())
                                        .isEqualTo("eval_conflict_error"));
        String f = "package t\nf(_) := 1\nf(_) := 2\n";
        assertThatThrownBy(() -> eval(f, "x := data.t.f(1)", null))
                .hasMessageContaining("functions must not produce multiple outputs");
    }

    @Test
    void strictModeTurnsBuiltinErrorsIntoFailures() {
        String m = "package t\np := x if { x := 1 / input.d }\n";
        assertThat(eval(m, "x := data.t.p", "{\"d\":0}")).isNull();
        PreparedQuery q =
                Rego.builder()
                        .module("t.rego", m)
                        .query("x := data.t.p")
                        .strictBuiltinErrors(true)
                        .prepare();
        assertThatThrownBy(() -> q.eval(Values.parseJson("{\"d\":0}")))
                .isInstanceOf(RegoException.class)
                .satisfies(
                        e ->
                                assertThat(((RegoException) e).code())
                                        .isEqualTo("eval_builtin_error"));
    }

    @Test
    void hostilePoliciesHitLimitsNotTheJvm() {
        String recursive = "package t\nf(n) := y if { y := f(n + 1) }\n";
        assertThatThrownBy(() -> eval(recursive, "x := data.t.f(0)", null))
                .isInstanceOf(RegoException.class)
                .satisfies(
                        e ->
                                assertThat(((RegoException) e).code())
                                        .isEqualTo("rego_recursion_error"));
        String chain = "package t\nf1(n) := f2(n)\nf2(n) := f3(n)\nf3(n) := f4(n)\nf4(n) := n\n";
        PreparedQuery shallow =
                Rego.builder()
                        .module("t.rego", chain)
                        .query("x := data.t.f1(0)")
                        .limits(new EvalLimits(2, Duration.ofSeconds(5), 1 << 20))
                        .prepare();
        assertThatThrownBy(() -> shallow.eval((Value) null))
                .isInstanceOf(RegoException.class)
                .satisfies(
                        e -> assertThat(((RegoException) e).code()).isEqualTo("eval_limit_error"));
        String slow =
                "package t\n"
                    + "p := count([1 | some a in numbers.range(1, 3000); some b in numbers.range(1,"
                    + " 3000)])\n";
        PreparedQuery q =
                Rego.builder()
                        .module("t.rego", slow)
                        .query("x := data.t.p")
                        .limits(new EvalLimits(100, Duration.ofMillis(200), 1 << 20))
                        .prepare();
        assertThatThrownBy(() -> q.eval((Value) null))
                .isInstanceOf(RegoException.class)
                .satisfies(
                        e -> assertThat(((RegoException) e).code()).isEqualTo("eval_cancel_error"));
    }

    @Test
    void preparedQueriesAreSafeToShareAcrossThreads() throws Exception {
        PreparedQuery q =
                Rego.builder()
                        .module(
                                "t.rego",
                                "package t\ndeny contains i if { some i in input.xs; i > 5 }\n")
                        .query("x := count(data.t.deny)")
                        .prepare();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Value>> futures = new java.util.ArrayList<>();
            for (int n = 0; n < 200; n++) {
                int k = n % 10;
                futures.add(
                        pool.submit(
                                () ->
                                        q.eval(
                                                        Values.parseJson(
                                                                "{\"xs\":[1,2,3,4,5,6,7,8,9,10,"
                                                                        + (k + 100)
                                                                        + "]}"))
                                                .results()
                                                .get(0)
                                                .bindings()
                                                .get("x")));
            }
            for (Future<Value> f : futures) {
                assertThat(f.get()).isEqualTo(Values.parseJson("6"));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void runtimeErrorsCarryTheLocation() {
        String m = "package t\n\np := x if {\n  x := object.get(1, \"a\", 2)\n}\n";
        PreparedQuery q =
                Rego.builder()
                        .module("t.rego", m)
                        .query("x := data.t.p")
                        .strictBuiltinErrors(true)
                        .prepare();
        assertThatThrownBy(() -> q.eval((Value) null))
                .isInstanceOf(RegoException.class)
                .satisfies(
                        e ->
                                assertThat(((RegoException) e).errors().get(0).location().line())
                                        .isEqualTo(4));
    }
}
