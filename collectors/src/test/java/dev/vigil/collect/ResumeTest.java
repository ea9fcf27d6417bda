package dev.vigil.collect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.snapshot.Manifest;
import dev.vigil.snapshot.SnapshotReader;
import dev.vigil.snapshot.SnapshotStatus;
import dev.vigil.snapshot.SnapshotWriter;
import dev.vigil.snapshot.Target;
import dev.vigil.snapshot.TargetStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResumeTest {
    @TempDir
    Path dir;

    @Test
    void resumeCollectsOnlyWhatIsMissing() throws Exception {
        try (FakeOrg fake = FakeOrg.small()) {
            Manifest first = new CollectionJob(fake.options(fake.config()).withMaxTargets(2))
                    .run(SnapshotWriter.create(dir, "test"));
            List<Target> done = first.targets().stream().filter(t -> t.status() == TargetStatus.COMPLETE).toList();
            assertThat(done).hasSize(2);
            assertThat(first.targets()).anyMatch(t -> t.status() == TargetStatus.PENDING);
            assertThat(first.status()).isEqualTo(SnapshotStatus.PARTIAL);
            // an interrupted write leaves a temp file behind
            Files.writeString(dir.resolve("resources/aws/000000000000.jsonl.gz.tmp-dead"), "half");

            Map<String, Long> callsBefore = new HashMap<>();
            done.forEach(t -> callsBefore.put(t.accountId(), fake.cloud.calls().countForAccount(t.accountId())));
            Manifest second = new CollectionJob(fake.options(fake.config())).run(SnapshotWriter.resume(dir, "test"));

            assertThat(second.scanId()).isEqualTo(first.scanId());
            assertThat(second.status()).isEqualTo(SnapshotStatus.COMPLETE);
            assertThat(second.targets()).noneMatch(t -> t.status() == TargetStatus.PENDING);
            assertThat(Files.exists(dir.resolve("resources/aws/000000000000.jsonl.gz.tmp-dead"))).isFalse();
            for (Target t : done) {
                if (!t.accountId().equals(fake.org.managementAccountId())) {
                    // discovery runs as the management account; member accounts were not entered again
                    assertThat(fake.cloud.calls().countForAccount(t.accountId())).as(t.accountId())
                            .isEqualTo(callsBefore.get(t.accountId()));
                }
                Target again = second.targets().stream().filter(x -> x.accountId().equals(t.accountId())).findFirst()
                        .orElseThrow();
                assertThat(again.sha256()).isEqualTo(t.sha256());
            }
            Map<String, Integer> counts = new HashMap<>();
            SnapshotReader.open(dir).forEachRecord(r -> counts.merge(r.accountId(), 1, Integer::sum));
            fake.org.expectedResourceCounts().forEach((account, types) -> assertThat(counts.get(account)).as(account)
                    .isEqualTo(types.values().stream().mapToInt(Integer::intValue).sum()));
        }
    }
}
