package dev.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vigil.evaluate.ScanResult;
import dev.vigil.report.json.FindingsJsonReader;
import dev.vigil.snapshot.SnapshotReader;
import dev.vigil.snapshot.Target;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two shards collected apart and evaluated together are the same scan as one collection. */
class ShardedScanTest {

    @Test
    void shardsPartitionTheOrgAndEvaluateAsOne(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("shard-0");
        Path b = dir.resolve("shard-1");
        assertThat(DemoScanTest.Captured.run("collect", "--demo", "--shard", "0/2", "--out", a.toString()).code()).isZero();
        assertThat(DemoScanTest.Captured.run("collect", "--demo", "--shard", "1/2", "--out", b.toString()).code()).isZero();

        Set<String> first = accounts(a);
        Set<String> second = accounts(b);
        assertThat(first).isNotEmpty().doesNotContainAnyElementsOf(second);
        assertThat(second).isNotEmpty();

        Path out = dir.resolve("out");
        var run = DemoScanTest.Captured.run("evaluate", "--snapshot", a.toString(), b.toString(),
                "--out", out.toString(), "--fail-on", "none", "--format", "json");
        assertThat(run.code()).as(run.err()).isZero();
        ScanResult result = new FindingsJsonReader(new ObjectMapper()).read(out.resolve("findings.json"));
        GroundTruthCheck truth = GroundTruthCheck.compare(a.resolve("ground-truth.json"), result.findings());
        assertThat(truth.falsePositives()).isEmpty();
        assertThat(truth.missed()).isEmpty();
    }

    private static Set<String> accounts(Path snapshot) {
        Set<String> ids = new HashSet<>();
        for (Target t : SnapshotReader.open(snapshot).manifest().targets()) {
            ids.add(t.accountId());
        }
        return ids;
    }
}
