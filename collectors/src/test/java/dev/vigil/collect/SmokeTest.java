package dev.vigil.collect;

import dev.vigil.snapshot.Manifest;
import dev.vigil.snapshot.SnapshotJson;
import dev.vigil.snapshot.SnapshotReader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SmokeTest {
    @TempDir
    Path dir;

    @Test
    void singleAccount() throws Exception {
        try (FakeOrg fake = FakeOrg.small()) {
            Manifest m = fake.collect(dir, fake.config().withSingleAccount(true));
            System.out.println(SnapshotJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(m));
            SnapshotReader r = SnapshotReader.open(dir);
            r.forEachRecord(rec -> System.out.println(rec.type() + " " + rec.region() + " " + rec.id() + " " + rec.uid()));
            System.out.println(fake.cloud.calls().byOperation());
            System.out.println(fake.org.expectedResourceCounts().get(fake.org.managementAccountId()));
        }
    }
}
