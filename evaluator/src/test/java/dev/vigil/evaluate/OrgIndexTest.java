package dev.vigil.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class OrgIndexTest {

    @Test
    void buildsOuPathsFromTheRootDown() throws Exception {
        var manifest = new ObjectMapper().readTree("""
                {"orgs": [{"provider": "aws", "id": "o-1", "management_account_id": "111111111111", "root_id": "r-1",
                  "ous": [{"id": "ou-b", "name": "Prod", "parent_id": "ou-a"},
                          {"id": "ou-a", "name": "Workloads", "parent_id": "r-1"}],
                  "accounts": [
                    {"id": "222222222222", "name": "payments", "email": "p@x", "status": "ACTIVE",
                     "arn": "arn:aws:organizations::111111111111:account/o-1/222222222222",
                     "parent_id": "ou-b", "tags": {"owner": "pay"}},
                    {"id": "111111111111", "name": "mgmt", "status": "ACTIVE", "parent_id": "r-1"}]}]}
                """);
        OrgIndex index = new OrgIndex(manifest);
        AccountContext payments = index.account("aws", "222222222222");
        assertThat(payments.ouPath()).containsExactly("r-1", "ou-a", "ou-b");
        assertThat(payments.ouPathNames()).containsExactly("Root", "Workloads", "Prod");
        assertThat(payments.tags()).containsEntry("owner", "pay");
        assertThat(payments.managementAccount()).isFalse();
        assertThat(index.account("aws", "111111111111").managementAccount()).isTrue();
        assertThat(index.accountUid("aws", "222222222222"))
                .isEqualTo("arn:aws:organizations::111111111111:account/o-1/222222222222");
        assertThat(index.accountUid("aws", "999999999999")).isEqualTo("arn:aws:iam::999999999999:root");

        var resource = payments.toAccountResource("uid");
        assertThat(resource.path("type").asText()).isEqualTo("aws.account");
        assertThat(resource.path("attributes").path("OuPath").toString()).isEqualTo("[\"r-1\",\"ou-a\",\"ou-b\"]");
        assertThat(payments.toInputJson().path("is_management_account").asBoolean()).isFalse();
    }
}
