package dev.vigil.fakecloud.gcp;

import static dev.vigil.fakecloud.gcp.GcpPolicyJson.auditConfig;
import static dev.vigil.fakecloud.gcp.GcpPolicyJson.binding;
import static dev.vigil.fakecloud.gcp.GcpPolicyJson.iamPolicy;
import static dev.vigil.fakecloud.gcp.GcpPolicyJson.orgPolicy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.fakecloud.org.Finding;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Generates a synthetic Google Cloud organization. Every resource is clean (passes every check of
 * docs/checks-gcp.md) except the planted ones, each of which is a resource of its own (or one binding, policy or
 * metadata entry of its project) and is listed with the checks it fails.
 */
public final class GcpOrgGenerator {
    static final String CLOUD_PLATFORM = "https://www.googleapis.com/auth/cloud-platform";
    static final List<String> BOOLEAN_CONSTRAINTS = List.of("iam.disableServiceAccountKeyCreation",
            "compute.requireOsLogin", "storage.uniformBucketLevelAccess", "compute.skipDefaultNetworkCreation");
    static final String REGION = "us-central1";

    private final GcpOrgSpec spec;
    private final SplittableRandom random;
    private final Instant now;
    private final long orgNumber;
    private final List<GcpFolder> folders = new ArrayList<>();
    private final List<GcpProject> projects = new ArrayList<>();
    private final List<GcpAsset> assets = new ArrayList<>();
    private final List<Finding> findings = new ArrayList<>();
    private final Map<String, List<String>> ancestorsOf = new LinkedHashMap<>();
    private final List<ObjectNode> budgets = new ArrayList<>();
    static final String BILLING_ACCOUNT = "billingAccounts/01A2B3-C4D5E6-F7A8B9";

    private GcpOrgGenerator(GcpOrgSpec spec, Instant now) {
        this.spec = spec;
        this.random = new SplittableRandom(spec.seed());
        this.now = now;
        this.orgNumber = 246_813_579_000L + spec.seed() % 1000;
    }

    public static GcpSyntheticOrg generate(GcpOrgSpec spec) {
        return generate(spec, Instant.now().truncatedTo(ChronoUnit.SECONDS));
    }

    public static GcpSyntheticOrg generate(GcpOrgSpec spec, Instant now) {
        return new GcpOrgGenerator(spec, now).build();
    }

    private GcpSyntheticOrg build() {
        String org = "organizations/" + orgNumber;
        ancestorsOf.put(org, List.of(org));
        folder("folders/1001", "Production", org);
        folder("folders/1002", "Development", org);
        folder("folders/1003", "Payments", "folders/1001");
        int extraFolders = spec.projects() / 25;
        for (int i = 0; i < extraFolders; i++) {
            folder("folders/" + (2001 + i), "Team " + (i + 1), i % 2 == 0 ? "folders/1001" : "folders/1002");
        }
        List<String> parents = new ArrayList<>(List.of("folders/1003", "folders/1001", "folders/1002", org));
        folders.stream().skip(3).forEach(f -> parents.add(f.name()));

        organizationAsset(org);
        folderAssets();

        String[] names = {"prod-payments", "prod-web", "dev-sandbox", "shared-logging", "data-analytics", "legacy-app"};
        for (int i = 0; i < spec.projects(); i++) {
            String base = i < names.length ? names[i] : "project-" + i;
            String id = base + "-" + Integer.toHexString(0x1000 + (int) ((spec.seed() * 31 + i * 7919) & 0xfff));
            String parent = i < 4 ? parents.get(i) : parents.get(random.nextInt(parents.size()));
            boolean inactive = i >= spec.projects() - spec.inactiveProjects();
            String env = parent.equals("folders/1002") ? "dev" : "prod";
            Map<String, String> labels = Map.of("app", base, "env", env, "team", "platform", "cost-center", "cc-1234");
            GcpProject p = new GcpProject(id, 400_000_000_000L + i * 1_111L + spec.seed() % 97, base, parent,
                    inactive ? "DELETE_REQUESTED" : "ACTIVE", labels, now.minus(400, ChronoUnit.DAYS).toString());
            projects.add(p);
        }
        List<GcpProject> active = projects.stream().filter(GcpProject::active).toList();
        List<Set<GcpPlant>> plans = plan(active);
        for (GcpProject p : projects) {
            int index = active.indexOf(p);
            new GcpProjectGenerator(p, index < 0 ? EnumSet.noneOf(GcpPlant.class) : plans.get(index),
                    projectAncestors(p), audited(p), random, now, assets, findings, budgets).build();
        }
        inheritedBasicRole(active);
        return new GcpSyntheticOrg(spec.seed(), orgNumber, "vigil-demo.example", folders, projects, assets, findings,
                BILLING_ACCOUNT, budgets);
    }

    private void folder(String name, String displayName, String parent) {
        folders.add(new GcpFolder(name, displayName, parent));
        List<String> chain = new ArrayList<>();
        chain.add(name);
        chain.addAll(ancestorsOf.get(parent));
        ancestorsOf.put(name, List.copyOf(chain));
    }

    private void organizationAsset(String org) {
        ObjectNode iam = iamPolicy();
        binding(iam, "roles/resourcemanager.organizationAdmin", "group:cloud-admins@vigil-demo.example");
        binding(iam, "roles/securityreviewer", "serviceAccount:vigil-scanner@security-tools.iam.gserviceaccount.com");
        List<ObjectNode> policies = new ArrayList<>();
        for (String constraint : BOOLEAN_CONSTRAINTS) {
            ObjectNode p = orgPolicy(constraint);
            p.putObject("booleanPolicy").put("enforced", true);
            policies.add(p);
        }
        ObjectNode locations = orgPolicy("gcp.resourceLocations");
        locations.putObject("listPolicy").putArray("allowedValues").add("in:us-locations").add("in:eu-locations");
        policies.add(locations);
        assets.add(new GcpAsset("//cloudresourcemanager.googleapis.com/" + org, GcpAssetTypes.ORGANIZATION,
                ancestorsOf.get(org), "global", null, iam, policies));
        // an aggregated sink with a filter exports only part of the logs: it covers no project
        assets.add(GcpLoggingAssets.nodeSink(org, ancestorsOf.get(org), "org-errors", "severity>=ERROR",
                "pubsub.googleapis.com/projects/security-tools/topics/org-errors", now));
    }

    private void folderAssets() {
        for (GcpFolder f : folders) {
            ObjectNode iam = iamPolicy();
            binding(iam, "roles/resourcemanager.folderViewer", "group:engineering@vigil-demo.example");
            if (f.name().equals("folders/1001")) {
                auditConfig(iam); // production and everything below it are audited from the folder
            }
            assets.add(new GcpAsset("//cloudresourcemanager.googleapis.com/" + f.name(), GcpAssetTypes.FOLDER,
                    ancestorsOf.get(f.name()), "global", null, iam, List.of()));
            if (f.name().equals("folders/1001")) {
                // production exports every entry of every project below it from the folder
                assets.add(GcpLoggingAssets.nodeSink(f.name(), ancestorsOf.get(f.name()), "production-all", null,
                        "storage.googleapis.com/prod-audit-archive", now));
            }
        }
    }

    /** A basic role granted to a user on the Development folder: every active project below it fails. */
    private void inheritedBasicRole(List<GcpProject> active) {
        for (GcpAsset a : assets) {
            if (a.name().endsWith("/folders/1002")) {
                binding(a.iamPolicy(), "roles/editor", "user:contractor@partner.example");
            }
        }
        for (GcpProject p : active) {
            if (ancestorsOf.get(p.parent()).contains("folders/1002")) {
                findings.add(new Finding("gcp_iam_no_inherited_basic_roles", p.uid()));
            }
        }
    }

    private List<Set<GcpPlant>> plan(List<GcpProject> active) {
        List<Set<GcpPlant>> plans = new ArrayList<>();
        active.forEach(p -> plans.add(EnumSet.noneOf(GcpPlant.class)));
        if (active.isEmpty()) {
            return plans;
        }
        int cursor = 0;
        for (GcpPlant plant : GcpPlant.values()) {
            for (int tries = 0; tries < active.size(); tries++) {
                int i = cursor;
                cursor = (cursor + 1) % active.size();
                if (plantable(plant, active.get(i))) {
                    plans.get(i).add(plant);
                    break;
                }
            }
        }
        for (int i = 0; i < active.size(); i++) {
            for (GcpPlant plant : GcpPlant.values()) {
                if (random.nextDouble() < spec.misconfigurationRate() && plantable(plant, active.get(i))) {
                    plans.get(i).add(plant);
                }
            }
        }
        return plans;
    }

    /** Audit logging and a sink of all entries can only be missing where no folder above the project has them. */
    private boolean plantable(GcpPlant plant, GcpProject p) {
        return plant != GcpPlant.NO_AUDIT_LOGGING && plant != GcpPlant.NO_LOG_SINK || !audited(p);
    }

    private List<String> projectAncestors(GcpProject p) {
        List<String> chain = new ArrayList<>();
        chain.add(p.name());
        chain.addAll(ancestorsOf.get(p.parent()));
        return List.copyOf(chain);
    }

    private boolean audited(GcpProject p) {
        return ancestorsOf.get(p.parent()).contains("folders/1001");
    }
}
