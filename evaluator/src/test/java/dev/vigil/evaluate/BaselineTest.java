package dev.vigil.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BaselineTest {

    static Finding finding(String check, String uid, Status status) {
        return new Finding(check, check, status, "msg", Severity.HIGH, "aws", "111122223333", "prod", "us-east-1",
                "s3", "aws.s3.bucket", uid, uid, Map.of(), null, Fingerprints.of(check, uid), Map.of(), null, null,
                "2026-11-22T00:00:00Z");
    }

    @Test
    void marksNewAndUnchangedAndListsFixed() {
        List<Finding> previous = List.of(
                finding("a", "r1", Status.FAIL),
                finding("a", "r2", Status.FAIL),
                finding("b", "r1", Status.PASS));
        List<Finding> current = List.of(
                finding("a", "r1", Status.FAIL),
                finding("a", "r2", Status.PASS),
                finding("b", "r1", Status.FAIL));
        Baseline baseline = new Baseline(previous);
        List<Finding> marked = baseline.mark(current);
        assertThat(marked.get(0).delta()).isEqualTo(Baseline.UNCHANGED);
        assertThat(marked.get(1).delta()).isNull();
        assertThat(marked.get(2).delta()).isEqualTo(Baseline.NEW);
        assertThat(baseline.fixed(current)).extracting(ScanResult.FixedFinding::resourceUid).containsExactly("r2");
    }

    @Test
    void fingerprintsAreStableAndDistinguishChecksAndResources() {
        assertThat(Fingerprints.of("a", "r1")).isEqualTo(Fingerprints.of("a", "r1")).hasSize(32);
        assertThat(Fingerprints.of("a", "r1")).isNotEqualTo(Fingerprints.of("a", "r2"));
        assertThat(Fingerprints.of("ab", "c")).isNotEqualTo(Fingerprints.of("a", "bc"));
    }
}
