package dev.vigil.collect.azure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vigil.collect.gcp.GcpPermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AzurePermissionsTest {

    @Test
    void theAzureRoleGrantsOnlyReadActions() throws Exception {
        JsonNode role = new ObjectMapper().readTree(AzurePermissions.roleDefinition());
        assertThat(role.path("IsCustom").asBoolean()).isTrue();
        List<String> actions = new ArrayList<>();
        role.path("Actions").forEach(a -> actions.add(a.asText()));
        assertThat(actions).contains("Microsoft.ResourceGraph/resources/read", "Microsoft.Security/pricings/read")
                .allMatch(a -> a.endsWith("/read"));
        assertThat(role.path("DataActions")).isEmpty();
    }

    @Test
    void theGcpRoleGrantsOnlyGetAndListPermissions() throws Exception {
        JsonNode role = new ObjectMapper().readTree(GcpPermissions.customRole());
        List<String> permissions = new ArrayList<>();
        role.path("includedPermissions").forEach(p -> permissions.add(p.asText()));
        assertThat(permissions).contains("cloudasset.assets.listResource", "resourcemanager.folders.list")
                .allMatch(p -> p.matches("[a-z]+\\.[A-Za-z]+\\.(get|list[A-Za-z]*)"));
    }
}
