package dev.vigil.rego.compile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.rego.api.Location;
import dev.vigil.rego.api.RegoException;
import dev.vigil.rego.ast.Call;
import dev.vigil.rego.ast.Expr;
import dev.vigil.rego.ast.ExprKind;
import dev.vigil.rego.ast.Module;
import dev.vigil.rego.ast.Var;
import dev.vigil.rego.builtins.BuiltinDeclarations;
import dev.vigil.rego.builtins.BuiltinRegistry;
import dev.vigil.rego.parse.Parser;
import dev.vigil.rego.value.StringValue;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CompilerStagesTest {
    private final Compiler compiler = new Compiler();

    private CompileState state(String src) {
        Module m = Parser.parseModule("c.rego", src);
        return compiler.newState(
                List.of(m), BuiltinRegistry.standard(), BuiltinDeclarations.standard());
    }

    @Test
    void stagesAreOrderedAndNamed() {
        assertThat(compiler.stages())
                .extracting(Stage::name)
                .containsExactly("resolve", "ruletree", "typecheck", "unsafebuiltins", "recursion");
    }

    @Test
    void resolveStageReordersBodiesForSafety() {
        CompileState s = state("package t\np if { x > 1; x = 2 }\n");
        compiler.stages().get(0).run(s);
        List<Expr> body = s.placed.get(0).rule().rule().body();
        Call first = (Call) ((ExprKind.TermExpr) body.get(0).kind()).term();
        assertThat(((Var) first.op()).name()).isEqualTo("eq");
    }

    @Test
    void resolveStageReportsUnsafeVariablesWithLocation() {
        CompileState s = state("package t\n\np if {\n  y > 1\n}\n");
        assertThatThrownBy(() -> compiler.stages().get(0).run(s))
                .isInstanceOf(RegoException.class)
                .satisfies(
                        e -> {
                            RegoException re = (RegoException) e;
                            assertThat(re.code()).isEqualTo("rego_unsafe_var_error");
                            assertThat(re.getMessage()).contains("var y is unsafe");
                            assertThat(re.errors().get(0).location())
                                    .isEqualTo(new Location("c.rego", 4, 3));
                        });
    }

    @Test
    void ruleTreeStageIndexesRulesByGroundPrefix() {
        CompileState s = state("package t\np.q[x] := 1 if { some x in [1] }\nr contains 2\n");
        compiler.stages().get(0).run(s);
        compiler.stages().get(1).run(s);
        RuleNode t = s.root.child(new StringValue("t"));
        assertThat(t.child(new StringValue("p")).child(new StringValue("q")).rules()).hasSize(1);
        assertThat(t.child(new StringValue("r")).rules()).hasSize(1);
    }

    @Test
    void unsafeBuiltinsStageReportsEveryCallWithItsLocation() {
        UnsafeBuiltins unsafe = new UnsafeBuiltins(Set.of("http.send", "opa.runtime"), "no network");
        Module m = Parser.parseModule("c.rego", """
                package t
                p if { http.send({"method": "GET", "url": "u"}).status_code == 200 }
                q := [x | x := opa.runtime().env]
                r if { count(input) > 0 }
                """);
        CompileState s = compiler.newState(
                List.of(m), BuiltinRegistry.standard(), BuiltinDeclarations.standard(), unsafe);
        for (int i = 0; i < 3; i++) {
            compiler.stages().get(i).run(s);
        }
        assertThatThrownBy(() -> compiler.stages().get(3).run(s))
                .isInstanceOf(RegoException.class)
                .satisfies(e -> assertThat(((RegoException) e).errors())
                        .extracting(err -> err.location().line() + " " + err.message())
                        .containsExactlyInAnyOrder(
                                "2 unsafe built-in function calls in expression: http.send (no network)",
                                "3 unsafe built-in function calls in expression: opa.runtime (no network)"));
    }

    @Test
    void unsafeBuiltinsStageAllowsReplacingThemWithWith() {
        UnsafeBuiltins unsafe = new UnsafeBuiltins(Set.of("http.send"), "");
        Module m = Parser.parseModule("c.rego", """
                package t
                get := http.send({"method": "GET", "url": "u"})
                test_get if { get == {"status_code": 200} with http.send as {"status_code": 200} }
                """);
        assertThatThrownBy(() -> compiler.compile(
                        List.of(m), BuiltinRegistry.standard(), BuiltinDeclarations.standard(), unsafe))
                .hasMessageContaining("c.rego:2:");
        Module mockOnly = Parser.parseModule("c.rego", """
                package t
                test_get if { data.t.x == 1 with http.send as {"status_code": 200} }
                """);
        assertThatCode(() -> compiler.compile(
                        List.of(mockOnly), BuiltinRegistry.standard(), BuiltinDeclarations.standard(), unsafe))
                .doesNotThrowAnyException();
    }

    @Test
    void typeCheckStageRejectsUnknownFunctionsAndBadArity() {
        CompileState unknown = state("package t\np if { nope(1) }\n");
        compiler.stages().get(0).run(unknown);
        compiler.stages().get(1).run(unknown);
        assertThatThrownBy(() -> compiler.stages().get(2).run(unknown))
                .hasMessageContaining("undefined function nope");
        CompileState arity = state("package t\np if { count(1, 2, 3) }\n");
        compiler.stages().get(0).run(arity);
        assertThatThrownBy(() -> compiler.stages().get(2).run(arity))
                .isInstanceOf(RegoException.class)
                .satisfies(
                        e -> assertThat(((RegoException) e).code()).isEqualTo("rego_type_error"));
    }

    @Test
    void recursionStageRejectsSelfDependentRules() {
        CompileState s = state("package t\np if q\nq if p\nr if { data.t.s }\ns := 1\n");
        compiler.stages().get(0).run(s);
        compiler.stages().get(1).run(s);
        assertThatThrownBy(() -> compiler.stages().get(4).run(s))
                .isInstanceOf(RegoException.class)
                .satisfies(
                        e -> {
                            RegoException re = (RegoException) e;
                            assertThat(re.code()).isEqualTo("rego_recursion_error");
                            assertThat(re.errors().get(0).location().line()).isBetween(2, 3);
                        });
        CompileState ok =
                state("package t\nf(0) := 1\nf(x) := 2 if x > 0\nr if { data.t.s }\ns := 1\n");
        compiler.stages().get(0).run(ok);
        compiler.stages().get(1).run(ok);
        compiler.stages().get(4).run(ok);
    }
}
