package dev.vigil.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class FrameworkLoaderTest {

    @Test
    void readsRequirementsAndMarksUncoveredOnesManual() {
        Framework fw = new FrameworkLoader().parse("frameworks/cis-aws-5.0.0.yaml", """
                id: cis-aws-5.0.0
                name: CIS AWS Foundations Benchmark
                version: 5.0.0
                provider: aws
                requirements:
                  - id: "1.3"
                    title: Ensure no root user account access key exists
                    checks: [iam_root_access_keys_absent]
                  - id: "1.1"
                    title: Maintain current contact details
                    manual: true
                """, Set.of("iam_root_access_keys_absent"));
        assertThat(fw.id()).isEqualTo("cis-aws-5.0.0");
        assertThat(fw.requirements()).hasSize(2);
        assertThat(fw.requirements().get(0).checks()).containsExactly("iam_root_access_keys_absent");
        assertThat(fw.requirements().get(1).manual()).isTrue();
    }

    @Test
    void unknownChecksAndBadYamlNameTheFile() {
        assertThatThrownBy(() -> new FrameworkLoader().parse("frameworks/x.yaml",
                "requirements:\n  - id: a\n    checks: [nope]\n", Set.of()))
                .hasMessageContaining("frameworks/x.yaml").hasMessageContaining("unknown check 'nope'");
        assertThatThrownBy(() -> new FrameworkLoader().parse("frameworks/y.yaml",
                "requirements:\n  - id: [unclosed\n", Set.of()))
                .hasMessageStartingWith("frameworks/y.yaml:");
    }
}
