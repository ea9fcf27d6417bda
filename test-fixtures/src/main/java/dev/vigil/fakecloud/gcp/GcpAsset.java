package dev.vigil.fakecloud.gcp;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * One Cloud Asset Inventory asset of the synthetic organization.
 *
 * @param name       the full resource name ({@code //compute.googleapis.com/projects/p/global/networks/n})
 * @param assetType  e.g. {@code compute.googleapis.com/Network}
 * @param ancestors  {@code projects/<number>}, folders and the organization, nearest first
 * @param data       the REST representation, or null for assets that only carry policies
 * @param iamPolicy  the resource's IAM policy, or null
 * @param orgPolicies org policies set on this node (v1 form), empty for most assets
 */
public record GcpAsset(String name, String assetType, List<String> ancestors, String location, ObjectNode data,
                       ObjectNode iamPolicy, List<ObjectNode> orgPolicies) {

    public GcpAsset {
        ancestors = List.copyOf(ancestors);
        orgPolicies = List.copyOf(orgPolicies);
    }
}
