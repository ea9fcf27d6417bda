package dev.vigil.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class OrgIndexTest {
    static final String MANIFEST = """
            {"orgs": [
              {"provider": "azure", "id": "tenant-a", "root_id": "tenant-a",
               "ous": [{"id": "mg-a", "name": "A", "parent_id": "tenant-a"}],
               "accounts": [{"id": "sub-1", "name": "one", "parent_id": "mg-a", "arn": "/subscriptions/sub-1"}]},
              {"provider": "azure", "id": "tenant-b", "root_id": "tenant-b",
               "ous": [], "accounts": [{"id": "sub-2", "name": "two", "parent_id": "tenant-b"}]}
            ]}""";

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

    @Test
    void everyAccountSeesItsOwnOrgTree() throws Exception {
        OrgIndex index = new OrgIndex(new ObjectMapper().readTree(MANIFEST));
        JsonNode a = index.orgOf("azure", "sub-1");
        JsonNode b = index.orgOf("azure", "sub-2");
        assertThat(a.path("id").asText()).isEqualTo("tenant-a");
        assertThat(b.path("id").asText()).isEqualTo("tenant-b");
        assertThat(index.orgKey("azure", "sub-1")).isNotEqualTo(index.orgKey("azure", "sub-2"));
        assertThat(index.account("azure", "sub-1").ouPath()).containsExactly("tenant-a", "mg-a");
        assertThat(index.account("azure", "sub-2").ouPath()).containsExactly("tenant-b");
        assertThat(index.accountUid("azure", "sub-2")).isEqualTo("/subscriptions/sub-2");
    }

    @Test
    void anAccountNoTreeListsFallsBackToTheProvidersFirstTree() throws Exception {
        OrgIndex index = new OrgIndex(new ObjectMapper().readTree(MANIFEST));
        assertThat(index.orgOf("azure", "unknown").path("id").asText()).isEqualTo("tenant-a");
        assertThat(index.orgOf("gcp", "p")).isNull();
    }
}
