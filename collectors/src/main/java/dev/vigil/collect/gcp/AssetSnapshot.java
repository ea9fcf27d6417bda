package dev.vigil.collect.gcp;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * What Cloud Asset Inventory returned for the organization, by asset name: resources (their REST data), IAM
 * policies and org policies, each with the asset's ancestors.
 */
record AssetSnapshot(Map<String, Asset> resources, Map<String, ObjectNode> iamPolicies,
                     Map<String, ArrayNode> orgPolicies, Map<String, List<String>> ancestors) {

    record Asset(String name, String assetType, String location, ObjectNode data, List<String> ancestors) {
    }
}
