package dev.vigil.fakecloud.gcp;

import dev.vigil.fakecloud.org.Finding;
import dev.vigil.fakecloud.org.GroundTruth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A generated Google Cloud organization: the Resource Manager tree, every asset as Cloud Asset Inventory serves
 * it, and the planted findings.
 */
public record GcpSyntheticOrg(long seed, long organizationNumber, String displayName, List<GcpFolder> folders,
                              List<GcpProject> projects, List<GcpAsset> assets, List<Finding> findings,
                              String billingAccount, List<com.fasterxml.jackson.databind.node.ObjectNode> budgets) {

    public GcpSyntheticOrg {
        folders = List.copyOf(folders);
        projects = List.copyOf(projects);
        assets = List.copyOf(assets);
        findings = List.copyOf(findings);
        budgets = List.copyOf(budgets);
    }

    public String organization() {
        return "organizations/" + organizationNumber;
    }

    public GroundTruth groundTruth() {
        return new GroundTruth("vigil-fake-gcp", seed, findings);
    }

    /** Project id → snapshot resource type → count, for ACTIVE projects: what a correct collector writes. */
    public Map<String, Map<String, Integer>> expectedResourceCounts() {
        Map<String, Map<String, Integer>> out = new TreeMap<>();
        for (GcpProject p : projects) {
            if (p.active()) {
                out.put(p.projectId(), new TreeMap<>(Map.of("gcp.resourcemanager.project", 1)));
            }
        }
        for (GcpAsset a : assets) {
            String type = GcpAssetTypes.snapshotType(a.assetType());
            GcpProject p = projectOf(a);
            if (type != null && p != null && p.active()) {
                out.get(p.projectId()).merge(type, 1, Integer::sum);
            }
        }
        return out;
    }

    public Set<String> expectedUids(String projectId, String type) {
        Set<String> out = new TreeSet<>();
        for (GcpProject p : projects) {
            if (p.projectId().equals(projectId) && type.equals("gcp.resourcemanager.project")) {
                out.add(p.uid());
            }
        }
        for (GcpAsset a : assets) {
            GcpProject p = projectOf(a);
            if (p != null && p.projectId().equals(projectId) && type.equals(GcpAssetTypes.snapshotType(a.assetType()))) {
                out.add(a.name());
            }
        }
        return out;
    }

    /** The project an asset belongs to (its nearest {@code projects/<number>} ancestor), or null. */
    public GcpProject projectOf(GcpAsset asset) {
        for (String ancestor : asset.ancestors()) {
            if (ancestor.startsWith("projects/")) {
                for (GcpProject p : projects) {
                    if (p.name().equals(ancestor)) {
                        return p;
                    }
                }
            }
        }
        return null;
    }
}
