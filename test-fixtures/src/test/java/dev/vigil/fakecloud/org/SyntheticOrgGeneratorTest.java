package dev.vigil.fakecloud.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticOrgGeneratorTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T08:00:00Z"), ZoneOffset.UTC);

    private static SyntheticOrg demo() {
        return new SyntheticOrgGenerator(CLOCK).create(OrgSpec.demo());
    }

    @Test
    void demoPlantsEveryCheck() {
        Set<String> all = Arrays.stream(Plant.values()).map(Plant::checkId).collect(Collectors.toSet());
        assertThat(all).hasSize(207);
        assertThat(demo().groundTruth().checkIds()).containsExactlyInAnyOrderElementsOf(all);
    }

    @Test
    void demoShape() {
        SyntheticOrg org = demo();
        assertThat(org.accounts()).hasSize(12);
        assertThat(org.accounts().stream().filter(a -> !a.active())).hasSize(1);
        assertThat(org.ous().stream().filter(o -> !o.parentId().equals(org.rootId())))
                .anySatisfy(o -> assertThat(org.ous().stream().anyMatch(p -> p.id().equals(o.parentId())
                        && !p.parentId().equals(org.rootId()))).isFalse());
        assertThat(org.expectedResourceCounts()).hasSize(11);
        String mgmt = org.managementAccountId();
        assertThat(org.expectedResourceCounts().get(mgmt))
                .containsEntry("aws.ec2.region", 3)
                .containsEntry("aws.s3.account", 1)
                .containsEntry("aws.iam.account", 1)
                .containsEntry("aws.ce.account_cost", 1);
        assertThat(org.expectedUids(mgmt, "aws.iam.account")).containsExactly("arn:aws:iam::" + mgmt + ":root");
    }

    @Test
    void findingsPointAtExpectedResources() {
        SyntheticOrg org = demo();
        Set<String> uids = org.accounts().stream().filter(a -> a.active())
                .flatMap(a -> org.expectedResourceCounts().get(a.id()).keySet().stream()
                        .flatMap(type -> org.expectedUids(a.id(), type).stream()))
                .collect(Collectors.toSet());
        org.accounts().forEach(a -> uidsAdd(uids, a.arn()));
        assertThat(org.groundTruth().findings()).allSatisfy(f -> assertThat(uids).contains(f.resourceUid()));
    }

    private static void uidsAdd(Set<String> uids, String uid) {
        uids.add(uid);
    }

    @Test
    void deterministicForSeed(@TempDir Path dir) throws Exception {
        SyntheticOrg a = demo();
        SyntheticOrg b = demo();
        assertThat(a.groundTruth().toJson()).isEqualTo(b.groundTruth().toJson());
        assertThat(a.expectedResourceCounts()).isEqualTo(b.expectedResourceCounts());
        Path file = dir.resolve("ground-truth.json");
        a.groundTruth().write(file);
        String json = Files.readString(file);
        assertThat(json).contains("\"generator\" : \"vigil-fakecloud-1\"", "\"seed\" : 42", "\"check_id\"",
                "\"resource_uid\"");
        SyntheticOrg other = new SyntheticOrgGenerator(CLOCK).create(new OrgSpec(12, List.of(), 7L, 3, 1,
                null, 1, 0.05));
        assertThat(other.managementAccountId()).isNotEqualTo(a.managementAccountId());
    }

    @Test
    void largeOrgIsCompact() {
        SyntheticOrg org = new SyntheticOrgGenerator(CLOCK).create(OrgSpec.of(1000, List.of("us-east-1", "us-west-2"), 1));
        int total = org.expectedResourceCounts().values().stream()
                .mapToInt(m -> m.values().stream().mapToInt(Integer::intValue).sum()).sum();
        int active = (int) org.accounts().stream().filter(a -> a.active()).count();
        assertThat(total / active).as("resources per active account (grows with the services generated)").isBetween(40, 200);
    }
}
