package dev.vigil.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.collect.config.ConfigException;
import dev.vigil.collect.config.ConfigLoader;
import dev.vigil.collect.config.RoleConfig;
import dev.vigil.collect.config.VigilConfig;
import dev.vigil.collect.credentials.AccountEntries;
import dev.vigil.collect.credentials.AccountEntry;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code role.management} in vigil.yaml, and the entry each account gets from it. */
class ManagementRoleConfigTest {
    private static final String MANAGEMENT = "111111111111";
    private static final String SECURITY = "222222222222";
    private static final String MEMBER = "333333333333";

    @TempDir
    Path dir;

    private Path write(String yaml) throws Exception {
        Path file = dir.resolve("vigil.yaml");
        Files.writeString(file, yaml);
        return file;
    }

    private RoleConfig load(String yaml) throws Exception {
        return new ConfigLoader().load(write(yaml)).role();
    }

    @Test
    void readsANameOrAnArnWithItsOwnOrTheMemberExternalId() throws Exception {
        RoleConfig byName = load("""
                role:
                  name: VigilScanner
                  external_id: shared
                  management:
                    name: VigilManagementScanner
                """);
        assertThat(byName.management().roleArn(MANAGEMENT))
                .isEqualTo("arn:aws:iam::111111111111:role/VigilManagementScanner");
        assertThat(byName.managementExternalId()).isEqualTo("shared");
        RoleConfig byArn = load("""
                role:
                  management:
                    arn: "arn:aws:iam::111111111111:role/audit/Vigil"
                    external_id: own
                """);
        assertThat(byArn.management().roleArn(MANAGEMENT)).isEqualTo("arn:aws:iam::111111111111:role/audit/Vigil");
        assertThat(byArn.managementExternalId()).isEqualTo("own");
        assertThat(load("regions: [us-east-1]\n").management()).isNull();
    }

    @Test
    void anUnknownKeyNamesFileLineColumnAndTheKnownKeys() throws Exception {
        Path file = write("""
                role:
                  management:
                    role_name: X
                """);
        assertThatThrownBy(() -> new ConfigLoader().load(file)).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(file + ":3:5: ")
                .hasMessageContaining("unknown key 'role.management.role_name'")
                .hasMessageContaining("[arn, external_id, name]");
    }

    @Test
    void aWrongTypeNamesFileLineColumnAndKey() throws Exception {
        Path file = write("""
                regions: [us-east-1]
                role:
                  management: VigilManagementScanner
                """);
        assertThatThrownBy(() -> new ConfigLoader().load(file)).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(file + ":3:3: ")
                .hasMessageContaining("role.management");
    }

    @Test
    void bothNameAndArnNeitherOrABadArnNameTheFileAndTheRule() throws Exception {
        Path both = write("""
                role:
                  management:
                    name: A
                    arn: "arn:aws:iam::111111111111:role/B"
                """);
        assertThatThrownBy(() -> new ConfigLoader().load(both)).isInstanceOf(ConfigException.class)
                .hasMessage(both + ":2:3: role.management: give either name (a role in the management account) or arn, "
                        + "not both");
        Path neither = write("role:\n  management:\n    external_id: x\n");
        assertThatThrownBy(() -> new ConfigLoader().load(neither)).hasMessageStartingWith(neither + ":2:3: role.management: ")
                .hasMessageContaining("got neither");
        Path badArn = write("role:\n  management:\n    arn: \"arn:aws:iam::1111:user/B\"\n");
        assertThatThrownBy(() -> new ConfigLoader().load(badArn)).hasMessageStartingWith(badArn + ":2:3: role.management: ")
                .hasMessageContaining("IAM role ARN");
    }

    @Test
    void theManagementAccountUsesTheOwnCredentialsOnlyWhenTheCallerIsInIt() throws Exception {
        RoleConfig none = VigilConfig.DEFAULT.role();
        AccountEntries fromManagement = new AccountEntries(none, false, MANAGEMENT, MANAGEMENT);
        assertThat(fromManagement.of(MANAGEMENT, true).assumesRole()).isFalse();
        assertThat(fromManagement.of(MEMBER, false).roleArn()).isEqualTo("arn:aws:iam::333333333333:role/VigilScanner");

        AccountEntries fromSecurity = new AccountEntries(none, false, SECURITY, MANAGEMENT);
        assertThat(fromSecurity.of(MANAGEMENT, true).roleArn())
                .isEqualTo("arn:aws:iam::111111111111:role/VigilScanner");
        assertThat(fromSecurity.of(SECURITY, false).assumesRole()).isTrue();

        RoleConfig explicit = load("role:\n  external_id: e\n  management:\n    name: Mgmt\n");
        AccountEntry entry = new AccountEntries(explicit, false, MANAGEMENT, MANAGEMENT).of(MANAGEMENT, true);
        assertThat(entry.roleArn()).isEqualTo("arn:aws:iam::111111111111:role/Mgmt");
        assertThat(entry.externalId()).isEqualTo("e");
        assertThat(new AccountEntries(explicit, true, MANAGEMENT, null).of(MANAGEMENT, true).assumesRole()).isFalse();
    }

    @Test
    void aManagementRoleArnInAnotherAccountIsRefusedOnceTheOrganizationIsKnown() throws Exception {
        RoleConfig elsewhere = load("role:\n  management:\n    arn: \"arn:aws:iam::999999999999:role/X\"\n");
        assertThatThrownBy(() -> new AccountEntries(elsewhere, false, SECURITY, MANAGEMENT))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("999999999999").hasMessageContaining("management account is 111111111111");
    }
}
