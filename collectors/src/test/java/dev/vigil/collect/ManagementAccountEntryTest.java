package dev.vigil.collect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.collect.config.ManagementRoleConfig;
import dev.vigil.collect.config.RoleConfig;
import dev.vigil.collect.config.VigilConfig;
import dev.vigil.fakecloud.org.OrgAccount;
import dev.vigil.snapshot.Gap;
import dev.vigil.snapshot.Manifest;
import dev.vigil.snapshot.OrgTree;
import dev.vigil.snapshot.ResourceRecord;
import dev.vigil.snapshot.SnapshotReader;
import dev.vigil.snapshot.SnapshotStatus;
import dev.vigil.snapshot.Target;
import dev.vigil.snapshot.TargetStatus;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The management account is entered with the scanner's own credentials when they belong to it, with
 * {@code role.management} when configured, and with the member role when the scanner runs in another account.
 */
class ManagementAccountEntryTest {
    @TempDir
    Path dir;

    private FakeOrg fake;
    private String management;

    @BeforeEach
    void start() {
        fake = FakeOrg.small();
        management = fake.org.managementAccountId();
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void fromTheManagementAccountItIsCollectedWithTheOwnCredentialsAndNoRoleThere() {
        fake.cloud.roles().removeScannerRole(management);

        Manifest manifest = fake.collect(dir, fake.config());

        assertThat(fake.cloud.calls().assumeRoleArns()).isNotEmpty()
                .noneMatch(arn -> arn.startsWith("arn:aws:iam::" + management + ":"));
        assertThat(manifest.gaps()).isEmpty();
        assertThat(manifest.status()).isEqualTo(SnapshotStatus.COMPLETE);
        assertThat(target(manifest, management).status()).isEqualTo(TargetStatus.COMPLETE);
        assertThat(counts().get(management)).isEqualTo(fake.org.expectedResourceCounts().get(management))
                .containsKeys("aws.ce.account_cost", "aws.cloudtrail.trail", "aws.iam.account");
        OrgTree org = manifest.orgs().get(0);
        assertThat(org.managementAccountId()).isEqualTo(management);
        assertThat(org.policies()).anyMatch(p -> p.type().equals("SERVICE_CONTROL_POLICY"));
        // every member account still goes through the member role
        long members = fake.org.accounts().stream().filter(OrgAccount::active)
                .filter(a -> !a.id().equals(management)).count();
        assertThat(fake.cloud.calls().assumeRoleArns()).hasSize((int) members)
                .allMatch(arn -> arn.endsWith(":role/VigilScanner"));
    }

    @Test
    void anExplicitManagementRoleIsAssumedEvenFromTheManagementAccount() {
        fake.cloud.roles().removeScannerRole(management);
        fake.cloud.roles().add(management, "VigilManagementScanner");
        VigilConfig config = fake.config().withRole(new RoleConfig(null, null, null, null, null,
                new ManagementRoleConfig("VigilManagementScanner", null, null)));

        Manifest manifest = fake.collect(dir, config);

        assertThat(fake.cloud.calls().assumeRoleArns())
                .contains("arn:aws:iam::" + management + ":role/VigilManagementScanner")
                .doesNotContain("arn:aws:iam::" + management + ":role/VigilScanner");
        assertThat(manifest.gaps()).isEmpty();
        assertThat(target(manifest, management).status()).isEqualTo(TargetStatus.COMPLETE);
        assertThat(counts().get(management)).isEqualTo(fake.org.expectedResourceCounts().get(management));
    }

    @Test
    void fromADelegatedAdminAccountTheManagementAccountGoesThroughTheMemberRole() {
        String security = securityAccount();

        Manifest manifest = fake.collect(dir, fake.config(), fake.cloud.userCredentials(security));

        assertThat(fake.cloud.calls().assumeRoleArns()).contains("arn:aws:iam::" + management + ":role/VigilScanner");
        assertThat(manifest.gaps()).isEmpty();
        assertThat(target(manifest, management).status()).isEqualTo(TargetStatus.COMPLETE);
        assertThat(counts()).isEqualTo(fake.org.expectedResourceCounts());
    }

    @Test
    void fromADelegatedAdminAccountAMissingManagementRoleIsAnAssumeRoleGapWithAHint() {
        String security = securityAccount();
        fake.cloud.roles().removeScannerRole(management);

        Manifest manifest = fake.collect(dir, fake.config(), fake.cloud.userCredentials(security));

        Target failed = target(manifest, management);
        assertThat(failed.status()).isEqualTo(TargetStatus.FAILED);
        assertThat(failed.reason()).contains("arn:aws:iam::" + management + ":role/VigilScanner", "AccessDenied",
                "role.management");
        assertThat(manifest.gaps()).singleElement().satisfies(gap -> {
            assertThat(gap.accountId()).isEqualTo(management);
            assertThat(gap.region()).isEqualTo(Gap.GLOBAL);
            assertThat(gap.service()).isEqualTo("sts");
            assertThat(gap.operation()).isEqualTo("AssumeRole");
            assertThat(gap.errorCode()).isEqualTo("AccessDenied");
        });
        assertThat(target(manifest, security).status()).isEqualTo(TargetStatus.COMPLETE);
    }

    @Test
    void fromADelegatedAdminAccountTheConfiguredManagementRoleIsUsed() {
        String security = securityAccount();
        fake.cloud.roles().removeScannerRole(management);
        fake.cloud.roles().add(management, "AuditFromSecurity");
        String arn = "arn:aws:iam::" + management + ":role/AuditFromSecurity";
        VigilConfig config = fake.config().withRole(new RoleConfig(null, null, null, null, null,
                new ManagementRoleConfig(null, arn, null)));

        Manifest manifest = fake.collect(dir, config, fake.cloud.userCredentials(security));

        assertThat(fake.cloud.calls().assumeRoleArns()).contains(arn)
                .doesNotContain("arn:aws:iam::" + management + ":role/VigilScanner");
        assertThat(manifest.gaps()).isEmpty();
        assertThat(target(manifest, management).status()).isEqualTo(TargetStatus.COMPLETE);
    }

    /** A member account registered as delegated administrator, with a user as the starting identity. */
    private String securityAccount() {
        String security = fake.org.accounts().stream().filter(OrgAccount::active).map(OrgAccount::id)
                .filter(id -> !id.equals(management)).findFirst().orElseThrow();
        fake.cloud.delegatedAdministrators().register(security);
        return security;
    }

    private Map<String, Map<String, Integer>> counts() {
        Map<String, Map<String, Integer>> counts = new TreeMap<>();
        SnapshotReader.open(dir).forEachRecord((ResourceRecord r) -> counts
                .computeIfAbsent(r.accountId(), a -> new TreeMap<>()).merge(r.type(), 1, Integer::sum));
        return counts;
    }

    private static Target target(Manifest m, String account) {
        List<Target> targets = m.targets().stream().filter(t -> t.accountId().equals(account)).toList();
        assertThat(targets).as(account).hasSize(1);
        return targets.get(0);
    }
}
