package dev.vigil.collect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.fakecloud.org.OrgAccount;
import dev.vigil.snapshot.Manifest;
import dev.vigil.snapshot.OrgPolicy;
import dev.vigil.snapshot.OrgTree;
import dev.vigil.snapshot.ResourceRecord;
import dev.vigil.snapshot.SnapshotReader;
import dev.vigil.snapshot.SnapshotStatus;
import dev.vigil.snapshot.Target;
import dev.vigil.snapshot.TargetStatus;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end: a synthetic org collected through the real SDK clients from the fake cloud. */
class OrgCollectionTest {
    @TempDir
    static Path dir;

    private static FakeOrg fake;
    private static Manifest manifest;
    private static Map<String, List<ResourceRecord>> byAccount;

    @BeforeAll
    static void collect() {
        fake = FakeOrg.small();
        manifest = fake.collect(dir, fake.config());
        byAccount = new TreeMap<>();
        SnapshotReader.open(dir).forEachRecord(r -> byAccount.computeIfAbsent(r.accountId(), a -> new java.util.ArrayList<>()).add(r));
    }

    @AfterAll
    static void stop() {
        fake.close();
    }

    @Test
    void everyTargetIsCompleteWithoutGaps() {
        assertThat(manifest.gaps()).isEmpty();
        assertThat(manifest.status()).isEqualTo(SnapshotStatus.COMPLETE);
        for (OrgAccount account : fake.org.accounts()) {
            Target target = manifest.targets().stream().filter(t -> t.accountId().equals(account.id())).findFirst()
                    .orElseThrow();
            if (account.active()) {
                assertThat(target.status()).as(account.id()).isEqualTo(TargetStatus.COMPLETE);
                assertThat(target.apiCalls()).isPositive();
            } else {
                assertThat(target.status()).isEqualTo(TargetStatus.SKIPPED);
                assertThat(target.reason()).contains("SUSPENDED");
            }
        }
    }

    @Test
    void orgTreeMatchesTheSyntheticOrg() {
        OrgTree org = manifest.orgs().get(0);
        assertThat(org.id()).isEqualTo(fake.org.organizationId());
        assertThat(org.rootId()).isEqualTo(fake.org.rootId());
        assertThat(org.managementAccountId()).isEqualTo(fake.org.managementAccountId());
        assertThat(org.ous()).extracting(ou -> ou.id() + "<" + ou.parentId())
                .containsExactlyInAnyOrderElementsOf(fake.org.ous().stream().map(ou -> ou.id() + "<" + ou.parentId())
                        .toList());
        Map<String, String> parents = org.accounts().stream()
                .collect(Collectors.toMap(a -> a.id(), a -> a.parentId() + " " + a.status() + " " + a.tags()));
        Map<String, String> expected = fake.org.accounts().stream()
                .collect(Collectors.toMap(OrgAccount::id, a -> a.parentId() + " " + a.status() + " " + new TreeMap<>(a.tags())));
        assertThat(parents).isEqualTo(expected);
        Map<String, Set<String>> targets = new HashMap<>();
        for (OrgPolicy p : org.policies()) {
            targets.put(p.id(), new TreeSet<>(p.targets()));
            assertThat(p.document().isObject()).as(p.name()).isTrue();
        }
        Map<String, Set<String>> expectedTargets = new HashMap<>();
        fake.org.policies().forEach(p -> expectedTargets.put(p.id(), new TreeSet<>(p.targets())));
        assertThat(targets).isEqualTo(expectedTargets);
    }

    @Test
    void resourcesPerTypePerAccountMatchTheOrg() {
        Map<String, Map<String, Integer>> counts = new TreeMap<>();
        byAccount.forEach((account, records) -> records.forEach(r -> counts.computeIfAbsent(account,
                a -> new TreeMap<>()).merge(r.type(), 1, Integer::sum)));
        assertThat(counts).isEqualTo(fake.org.expectedResourceCounts());
        for (var account : fake.org.expectedResourceCounts().entrySet()) {
            for (String type : account.getValue().keySet()) {
                Set<String> uids = byAccount.get(account.getKey()).stream().filter(r -> r.type().equals(type))
                        .map(ResourceRecord::uid).collect(Collectors.toCollection(TreeSet::new));
                assertThat(uids).as(account.getKey() + " " + type)
                        .isEqualTo(fake.org.expectedUids(account.getKey(), type));
            }
        }
    }

    @Test
    void attributesUseTheAwsMemberNamesAndDecodedDocuments() {
        List<ResourceRecord> all = byAccount.values().stream().flatMap(List::stream).toList();
        ResourceRecord role = all.stream().filter(r -> r.type().equals("aws.iam.role")).findFirst().orElseThrow();
        assertThat(role.attributes().get("AssumeRolePolicyDocument").isObject()).isTrue();
        ResourceRecord account = all.stream().filter(r -> r.type().equals("aws.iam.account")).findFirst().orElseThrow();
        assertThat(account.attributes().at("/SummaryMap/AccountMFAEnabled").isNumber()).isTrue();
        assertThat(account.attributes().has("PasswordPolicy")).isTrue();
        assertThat(account.attributes().at("/RootCredentials/user").asText()).isEqualTo("<root_account>");
        ResourceRecord user = all.stream().filter(r -> r.type().equals("aws.iam.user")).findFirst().orElseThrow();
        assertThat(user.attributes().at("/CredentialReport/password_enabled").isTextual()).isTrue();
        assertThat(user.attributes().get("MFADevices").isArray()).isTrue();
        ResourceRecord vpc = all.stream().filter(r -> r.type().equals("aws.ec2.vpc")).findFirst().orElseThrow();
        assertThat(vpc.attributes().get("FlowLogs").isArray()).isTrue();
        ResourceRecord sg = all.stream().filter(r -> r.type().equals("aws.ec2.security_group")).findFirst().orElseThrow();
        assertThat(sg.attributes().has("IpPermissions")).isTrue();
        ResourceRecord key = all.stream().filter(r -> r.type().equals("aws.kms.key")).findFirst().orElseThrow();
        assertThat(key.attributes().get("KeyPolicy").isObject()).isTrue();
        assertThat(key.attributes().get("KeyRotationEnabled").isBoolean()).isTrue();
        ResourceRecord trail = all.stream().filter(r -> r.type().equals("aws.cloudtrail.trail")).findFirst().orElseThrow();
        assertThat(trail.attributes().at("/Status/IsLogging").isBoolean()).isTrue();
        ResourceRecord cost = all.stream().filter(r -> r.type().equals("aws.ce.account_cost")).findFirst().orElseThrow();
        assertThat(cost.attributes().get("Months")).hasSize(3);
        ResourceRecord bucket = all.stream().filter(r -> r.type().equals("aws.s3.bucket")).findFirst().orElseThrow();
        assertThat(bucket.attributes().has("Versioning")).isTrue();
        assertThat(bucket.attributes().has("Acl")).isTrue();
        assertThat(bucket.attributes().has("Policy")).isTrue();
    }

    @Test
    void noMutatingCallAndEveryCallIsDeclared() {
        assertThat(fake.cloud.calls().mutatingCalls()).isEmpty();
        assertThat(fake.sdkCalls).isNotEmpty();
        assertThat(Permissions.declaredOperationKeys()).containsAll(fake.sdkCalls);
    }

    @Test
    void noCredentialReachesTheSnapshot() throws IOException {
        String secret = fake.cloud.managementCredentials().secretAccessKey();
        StringBuilder everything = new StringBuilder(Files.readString(dir.resolve("manifest.json")));
        try (var files = Files.walk(dir.resolve("resources"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                    everything.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        assertThat(everything.toString()).doesNotContain(secret).doesNotContain("fake-secret-")
                .doesNotContain("FakeSessionToken").doesNotContain("SecretAccessKey");
    }
}
