package dev.vigil.fakecloud.azure;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * A subscription with what ARM answers about it.
 *
 * @param resources       what Resource Graph's Resources table holds for it (NSGs, VNets, flow logs, storage, vaults,
 *                        SQL servers)
 * @param sqlChildren     ARM id of a SQL server → {firewallRules, auditingSettings, administrators, databases}
 */
public record AzureSubscription(String id, String displayName, String state, String parent, Map<String, String> tags,
                                ArrayNode roleAssignments, ArrayNode roleDefinitions, ArrayNode ownAssignments,
                                ArrayNode pricings, ArrayNode securityContacts, ArrayNode diagnosticSettings,
                                ArrayNode monthlyCost, ArrayNode resources, Map<String, ObjectNode> sqlChildren) {

    public boolean enabled() {
        return "Enabled".equals(state);
    }

    public String uid() {
        return "/subscriptions/" + id;
    }
}
