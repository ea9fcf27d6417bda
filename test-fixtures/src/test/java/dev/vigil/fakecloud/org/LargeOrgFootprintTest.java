package dev.vigil.fakecloud.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LargeOrgFootprintTest {

    @Test
    void thousandAccountsTwoRegionsFitComfortably() {
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long before = rt.totalMemory() - rt.freeMemory();
        long start = System.nanoTime();
        SyntheticOrg org = SyntheticOrgGenerator.generate(OrgSpec.of(1000, List.of("us-east-1", "us-west-2"), 7L));
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.gc();
        long after = rt.totalMemory() - rt.freeMemory();
        long mib = (after - before) / (1024 * 1024);
        int resources = org.expectedResourceCounts().values().stream()
                .mapToInt(m -> m.values().stream().mapToInt(Integer::intValue).sum()).sum();
        System.out.printf("1000 accounts x 2 regions: %d resources, %d findings, ~%d MiB heap, %d ms%n", resources,
                org.groundTruth().findings().size(), mib, millis);
        assertThat(org.accounts()).hasSize(1000);
        assertThat(mib).isLessThan(400);
    }
}
