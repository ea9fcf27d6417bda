package dev.vigil.fakecloud.azure;

import com.fasterxml.jackson.databind.node.ArrayNode;

/** A management group with the policy and role assignments made at its scope; the root has no parent. */
public record AzureManagementGroup(String name, String displayName, String parent, ArrayNode policyAssignments,
                                   ArrayNode roleAssignments) {

    public String id() {
        return "/providers/Microsoft.Management/managementGroups/" + name;
    }
}
