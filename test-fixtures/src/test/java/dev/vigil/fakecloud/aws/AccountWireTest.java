package dev.vigil.fakecloud.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.fakecloud.org.AccountResources;
import dev.vigil.fakecloud.org.Plant;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.account.AccountClient;
import software.amazon.awssdk.services.account.model.AccountException;
import software.amazon.awssdk.services.account.model.AlternateContactType;
import software.amazon.awssdk.services.account.model.ResourceNotFoundException;

/** Account Management's GetAlternateContact over the wire: the SDK's REST-JSON client against the fake. */
class AccountWireTest extends WireTestBase {

    private AccountClient account(String accountId) {
        return clients.build(AccountClient.builder(), assume(accountId), "us-east-1");
    }

    @Test
    void cleanAccountHasEveryContact() {
        AccountClient clean = account(org.managementAccountId());
        for (AlternateContactType type : new AlternateContactType[] {AlternateContactType.SECURITY,
                AlternateContactType.BILLING, AlternateContactType.OPERATIONS}) {
            var contact = clean.getAlternateContact(b -> b.alternateContactType(type)).alternateContact();
            assertThat(contact.alternateContactType()).isEqualTo(type);
            assertThat(contact.emailAddress()).contains("@");
        }
    }

    @Test
    void plantedSecurityContactIsNotFound() {
        AccountResources planted = plantedWith(Plant.SECURITY_CONTACT_MISSING);
        AccountClient client = account(planted.accountId());
        assertThatThrownBy(() -> client.getAlternateContact(b -> b.alternateContactType(AlternateContactType.SECURITY)))
                .isInstanceOfSatisfying(ResourceNotFoundException.class,
                        e -> assertThat(e.statusCode()).isEqualTo(404));
        assertThat(client.getAlternateContact(b -> b.alternateContactType(AlternateContactType.BILLING))
                .alternateContact()).isNotNull();
    }

    @Test
    void writesAreRefused() {
        AccountClient client = clients.noRetry(AccountClient.builder(), mgmt(), "us-east-1");
        assertThatThrownBy(() -> client.deleteAlternateContact(b -> b.alternateContactType(AlternateContactType.SECURITY)))
                .isInstanceOfSatisfying(AccountException.class, e -> assertThat(e.statusCode()).isEqualTo(403));
    }
}
