package dev.vigil.fakecloud.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.fakecloud.org.AccountResources;
import dev.vigil.fakecloud.org.Plant;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.inspector2.Inspector2Client;
import software.amazon.awssdk.services.inspector2.model.Status;
import software.amazon.awssdk.services.macie2.Macie2Client;
import software.amazon.awssdk.services.macie2.model.AccessDeniedException;
import software.amazon.awssdk.services.macie2.model.MacieStatus;

/** Macie and Amazon Inspector over the wire: the SDK's REST-JSON clients against the fake. */
class InspectionWireTest extends WireTestBase {

    private String home() {
        return org.regions().get(0);
    }

    @Test
    void macieSessionOrNotEnabled() {
        AccountResources planted = plantedWith(Plant.MACIE_DISABLED);
        Macie2Client macie = clients.build(Macie2Client.builder(), assume(planted.accountId()), home());
        String status = planted.region(home()).baseline().macieStatus();
        if (status == null) {
            assertThatThrownBy(() -> macie.getMacieSession(b -> { })).isInstanceOfSatisfying(
                    AccessDeniedException.class,
                    e -> assertThat(e.awsErrorDetails().errorMessage()).contains("Macie is not enabled"));
        } else {
            assertThat(macie.getMacieSession(b -> { }).status()).isEqualTo(MacieStatus.PAUSED);
        }
        String other = org.regions().get(org.regions().size() - 1);
        Macie2Client twin = clients.build(Macie2Client.builder(), assume(planted.accountId()), other);
        assertThat(twin.getMacieSession(b -> { }).status()).isEqualTo(MacieStatus.ENABLED);
    }

    @Test
    void inspectorStatusPerScanType() {
        AccountResources planted = plantedWith(Plant.INSPECTOR_PARTIAL);
        Inspector2Client inspector = clients.build(Inspector2Client.builder(), assume(planted.accountId()), home());
        var response = inspector.batchGetAccountStatus(b -> b.accountIds(planted.accountId()));
        assertThat(response.failedAccounts()).isEmpty();
        var state = response.accounts().get(0).resourceState();
        assertThat(state.ec2().status()).isEqualTo(Status.ENABLED);
        assertThat(state.ecr().status()).isEqualTo(Status.DISABLED);
        assertThat(state.lambda().status()).isEqualTo(Status.ENABLED);
        var other = inspector.batchGetAccountStatus(b -> b.accountIds("999988887777"));
        assertThat(other.accounts()).isEmpty();
        assertThat(other.failedAccounts()).hasSize(1);
    }
}
