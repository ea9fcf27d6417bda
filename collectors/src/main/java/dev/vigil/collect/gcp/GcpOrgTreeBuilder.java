package dev.vigil.collect.gcp;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.cloud.resourcemanager.v3.Folder;
import com.google.cloud.resourcemanager.v3.Project;
import dev.vigil.snapshot.Gap;
import dev.vigil.snapshot.OrgAccount;
import dev.vigil.snapshot.OrgPolicy;
import dev.vigil.snapshot.OrgTree;
import dev.vigil.snapshot.OrgUnit;
import dev.vigil.snapshot.UnknownInput;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The manifest's org tree for a GCP organization: folders as units, projects as accounts, node policies. */
final class GcpOrgTreeBuilder {
    private static final Pattern NODE_SINK = Pattern.compile(
            "//logging\\.googleapis\\.com/((?:organizations|folders)/[^/]+)/sinks/([^/]+)");

    private GcpOrgTreeBuilder() {
    }

    static OrgTree build(GcpTree tree, AssetSnapshot assets, PolicyFailures failures) {
        List<OrgUnit> units = new ArrayList<>();
        for (Folder f : tree.folders()) {
            units.add(new OrgUnit(f.getName(), f.getDisplayName(), f.getParent(),
                    GcpRecords.RESOURCE_MANAGER + f.getName()));
        }
        List<OrgAccount> accounts = new ArrayList<>();
        for (Project p : tree.projects()) {
            accounts.add(new OrgAccount(p.getProjectId(), p.getDisplayName(), null, p.getState().name(),
                    GcpRecords.RESOURCE_MANAGER + p.getName(), p.getParent(),
                    p.hasCreateTime() ? java.time.Instant.ofEpochSecond(p.getCreateTime().getSeconds()).toString() : null,
                    p.getLabelsMap()));
        }
        List<String> nodes = new ArrayList<>(List.of(tree.organization()));
        tree.folders().forEach(f -> nodes.add(f.getName()));
        List<OrgPolicy> policies = new ArrayList<>();
        for (String node : nodes) {
            JsonNode iam = assets.iamPolicies().get(GcpRecords.RESOURCE_MANAGER + node);
            if (iam != null) {
                policies.add(new OrgPolicy(node + "/iamPolicy", "iamPolicy", "IAM_POLICY", false, null, iam,
                        List.of(node)));
            }
            for (JsonNode p : assets.orgPolicies().getOrDefault(GcpRecords.RESOURCE_MANAGER + node,
                    com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode())) {
                String constraint = p.path("constraint").asText().replaceFirst("^constraints/", "");
                policies.add(new OrgPolicy(node + "/policies/" + constraint, constraint, "ORG_POLICY", false, null, p,
                        List.of(node)));
            }
        }
        policies.addAll(nodeSinks(assets));
        return new OrgTree("gcp", tree.organization(), GcpRecords.RESOURCE_MANAGER + tree.organization(), null,
                tree.organization(), units, accounts, policies).withUnknown(unknownKeys(tree, failures));
    }

    /**
     * Log sinks of the organization and of folders ({@code LOG_SINK}, the LogSink as the document, the node as the
     * target): an aggregated sink ({@code includeChildren}) exports the logs of every project below its node.
     */
    private static List<OrgPolicy> nodeSinks(AssetSnapshot assets) {
        List<OrgPolicy> out = new ArrayList<>();
        for (AssetSnapshot.Asset a : assets.resources().values()) {
            Matcher m = NODE_SINK.matcher(a.name());
            if (a.assetType().equals("logging.googleapis.com/LogSink") && m.matches()) {
                out.add(new OrgPolicy(m.group(1) + "/sinks/" + m.group(2), m.group(2), "LOG_SINK", false, null,
                        a.data(), List.of(m.group(1))));
            }
        }
        out.sort(java.util.Comparator.comparing(OrgPolicy::id));
        return out;
    }

    /** The keys of the tree a failed call left incomplete: a folder not listed hides its subtree. */
    private static List<UnknownInput> unknownKeys(GcpTree tree, PolicyFailures failures) {
        List<UnknownInput> unknown = new ArrayList<>(failures.treePolicies());
        for (Gap g : tree.gaps()) {
            List<String> keys = g.operation().equals("ListFolders") ? List.of("ous", "accounts", "policies")
                    : List.of("accounts");
            keys.forEach(k -> unknown.add(GcpErrors.unknown(k, g)));
        }
        return unknown;
    }
}
