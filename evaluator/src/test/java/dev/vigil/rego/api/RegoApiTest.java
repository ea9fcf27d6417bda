package dev.vigil.rego.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.rego.value.SetValue;
import dev.vigil.rego.value.Values;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RegoApiTest {
    private static final String POLICY =
            """
            package vigil.aws.s3

            deny contains b.name if {
              some b in input.buckets
              not b.encrypted
            }
            """;

    @Test
    void refQueryReturnsTheDocumentAsExpressionValueInOpaShape() {
        PreparedQuery q =
                Rego.builder().module("s3.rego", POLICY).query("data.vigil.aws.s3.deny").prepare();
        ResultSet rs =
                q.eval(
                        Values.parseJson(
                                "{\"buckets\":[{\"name\":\"a\"},{\"name\":\"b\",\"encrypted\":true}]}"));
        assertThat(rs.results()).hasSize(1);
        assertThat(rs.results().get(0).expressions().get(0))
                .isEqualTo(SetValue.of(Values.string("a")));
        assertThat(rs.toOpaJson().toString())
                .isEqualTo(
                        "{\"result\":[{\"expressions\":[{\"value\":[\"a\"],\"text\":\"data.vigil.aws.s3.deny\","
                            + "\"location\":{\"row\":1,\"col\":1}}]}]}");
    }

    @Test
    void undefinedQueryGivesEmptyResultAndBindingsAreNamed() {
        PreparedQuery q =
                Rego.builder()
                        .module("s3.rego", POLICY)
                        .query("x := count(data.vigil.aws.s3.deny); x > 5")
                        .prepare();
        assertThat(q.eval(Values.parseJson("{\"buckets\":[]}")).results()).isEmpty();
        PreparedQuery q2 =
                Rego.builder()
                        .module("s3.rego", POLICY)
                        .query("x := count(data.vigil.aws.s3.deny)")
                        .prepare();
        assertThat(
                        q2.eval(Values.parseJson("{\"buckets\":[{\"name\":\"z\"}]}"))
                                .results()
                                .get(0)
                                .bindings())
                .isEqualTo(Map.of("x", Values.number(1)));
    }

    @Test
    void extraDataIsMergedUnderData() {
        PreparedQuery q =
                Rego.builder()
                        .module("p.rego", "package p\nallowed := data.cfg.allowed\n")
                        .data(Values.parseJson("{\"cfg\":{\"allowed\":1}}"))
                        .query("x := data.p.allowed")
                        .prepare();
        assertThat(
                        q.eval(
                                        new EvalOptions(
                                                null,
                                                Values.parseJson("{\"cfg\":{\"allowed\":2}}"),
                                                null))
                                .results()
                                .get(0)
                                .bindings()
                                .get("x"))
                .isEqualTo(Values.number(2));
    }

    @Test
    void compileErrorsRenderWithCaret() {
        String src = "package p\n\nq if {\n  count(1, 2, 3, 4)\n}\n";
        assertThatThrownBy(() -> Rego.builder().module("p.rego", src).query("data.p.q").prepare())
                .isInstanceOf(RegoException.class)
                .satisfies(
                        e ->
                                assertThat(((RegoException) e).render(Map.of("p.rego", src)))
                                        .startsWith("p.rego:4:3: rego_type_error:")
                                        .contains("\n      count(1, 2, 3, 4)\n      ^\n"));
    }

    @Test
    void modulesExposeOutlineAndAnnotations() {
        ParsedModule m =
                Modules.parse(
                        "s3.rego",
                        "# METADATA\n# title: S3\npackage vigil.aws.s3\n"
                                + POLICY.substring(POLICY.indexOf('\n')));
        assertThat(m.packagePath()).containsExactly("vigil", "aws", "s3");
        assertThat(m.ruleNames()).containsExactly("deny");
        assertThat(m.annotations().get(0).title()).isEqualTo("S3");
    }
}
