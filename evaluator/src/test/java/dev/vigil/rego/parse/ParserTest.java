package dev.vigil.rego.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.rego.api.Location;
import dev.vigil.rego.api.RegoException;
import dev.vigil.rego.ast.Call;
import dev.vigil.rego.ast.Expr;
import dev.vigil.rego.ast.ExprKind;
import dev.vigil.rego.ast.Module;
import dev.vigil.rego.ast.Rule;
import dev.vigil.rego.ast.RuleKind;
import dev.vigil.rego.ast.Var;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParserTest {
    @Test
    void parsesRuleKindsAndRefHeads() {
        Module m =
                Parser.parseModule(
                        "m.rego",
                        """
                        package a.b
                        import rego.v1
                        import data.lib.x as y

                        default allow := false
                        allow if input.admin
                        deny contains msg if { msg := "no" }
                        a.b[c] contains x if { some c, x in input.m }
                        f(x) := y if { y := x + 1 } else := 0
                        """);
        assertThat(m.packagePath()).containsExactly("a", "b");
        assertThat(m.imports()).hasSize(2);
        List<Rule> rules = m.rules();
        assertThat(rules.get(0).isDefault()).isTrue();
        assertThat(rules.get(2).kind()).isEqualTo(RuleKind.MULTI);
        assertThat(rules.get(3).head().path()).hasSize(2);
        assertThat(rules.get(4).kind()).isEqualTo(RuleKind.FUNCTION);
        assertThat(rules.get(4).elseRule()).isNotNull();
    }

    @Test
    void followsOpaOperatorPrecedence() {
        Expr e = Parser.parseQuery("q", "x := 1 + 2 * 3 == 7").get(0);
        Call assign = (Call) ((ExprKind.TermExpr) e.kind()).term();
        assertThat(((Var) assign.op()).name()).isEqualTo("assign");
        Call eq = (Call) assign.args().get(1);
        assertThat(((Var) eq.op()).name()).isEqualTo("equal");
        Call plus = (Call) eq.args().get(0);
        assertThat(((Var) plus.op()).name()).isEqualTo("plus");
        assertThat(((Var) ((Call) plus.args().get(1)).op()).name()).isEqualTo("mul");
    }

    @Test
    void parsesSomeEveryNotWithAndComprehensions() {
        List<Expr> body =
                Parser.parseQuery(
                        "q",
                        """
                        some k, v in input.x
                        every y in [1, 2] { y > 0 }
                        not data.p with input as {"a": 1} with data.q as 2
                        s := {z | z := [1, 2][_]}
                        """);
        assertThat(body.get(0).kind()).isInstanceOf(ExprKind.SomeIn.class);
        assertThat(body.get(1).kind()).isInstanceOf(ExprKind.Every.class);
        assertThat(body.get(2).negated()).isTrue();
        assertThat(body.get(2).withs()).hasSize(2);
    }

    @Test
    void parseErrorsNameFileLineAndColumn() {
        assertThatThrownBy(
                        () ->
                                Parser.parseModule(
                                        "p.rego", "package x\n\np if {\n  x := [1, 2\n}\n"))
                .isInstanceOf(RegoException.class)
                .satisfies(
                        e -> {
                            RegoException re = (RegoException) e;
                            assertThat(re.code()).isEqualTo("rego_parse_error");
                            assertThat(re.errors().get(0).location())
                                    .isEqualTo(new Location("p.rego", 5, 1));
                            assertThat(
                                            re.render(
                                                    Map.of(
                                                            "p.rego",
                                                            "package x\n\n"
                                                                + "p if {\n"
                                                                + "  x := [1, 2\n"
                                                                + "}\n")))
                                    .contains("p.rego:5:1: rego_parse_error")
                                    .contains("    }\n    ^");
                        });
    }

    @Test
    void parsesMetadataAnnotations() {
        Module m =
                Parser.parseModule(
                        "m.rego",
                        """
                        # METADATA
                        # title: Root MFA
                        # description: checks the root account
                        # custom:
                        #   severity: HIGH
                        package vigil.aws.iam

                        # METADATA
                        # title: deny rule
                        # entrypoint: true
                        deny contains 1 if true
                        """);
        assertThat(m.annotations()).hasSize(2);
        assertThat(m.annotations().get(0).scope()).isEqualTo("package");
        assertThat(m.annotations().get(0).custom()).containsEntry("severity", "HIGH");
        assertThat(m.annotations().get(1).scope()).isEqualTo("rule");
        assertThat(m.annotations().get(1).entrypoint()).isTrue();
    }
}
