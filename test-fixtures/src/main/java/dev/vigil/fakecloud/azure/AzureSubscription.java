package dev.vigil.fakecloud.azure;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * A subscription with what ARM answers about it.
 *
 * @param resources       what Resource Graph's Resources table holds for it (NSGs, VNets, flow logs, storage, vaults,
 *                        SQL servers, web apps, VMs and their network interfaces, AKS clusters, flexible servers,
 *                        Cosmos DB accounts)
 * @param sqlChildren     ARM id of a SQL server → {firewallRules, auditingSettings, administrators, databases}
 * @param children        ARM id of a web app → {config/web, config/authsettingsV2}; of a flexible server →
 *                        {configurations, firewallRules}; of a key vault → {keys, secrets}; of a storage account →
 *                        {blobServices/default} (the ARM answers, lists as their {@code value} arrays)
 */
public record AzureSubscription(String id, String displayName, String state, String parent, Map<String, String> tags,
                                ArrayNode roleAssignments, ArrayNode roleDefinitions, ArrayNode ownAssignments,
                                ArrayNode pricings, ArrayNode securityContacts, ArrayNode autoProvisioning,
                                ArrayNode activityLogAlerts, ArrayNode diagnosticSettings,
                                ArrayNode monthlyCost, ArrayNode resources, Map<String, ObjectNode> sqlChildren,
                                Map<String, ObjectNode> children) {

    public boolean enabled() {
        return "Enabled".equals(state);
    }

    public String uid() {
        return "/subscriptions/" + id;
    }
}
