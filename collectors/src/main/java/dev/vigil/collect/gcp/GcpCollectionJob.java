package dev.vigil.collect.gcp;

import com.google.cloud.resourcemanager.v3.Project;
import dev.vigil.collect.ProviderCollection;
import dev.vigil.collect.Shard;
import dev.vigil.collect.config.GcpConfig;
import dev.vigil.collect.config.VigilConfig;
import dev.vigil.collect.engine.WireLogging;
import dev.vigil.collect.ratelimit.RateLimiters;
import dev.vigil.collect.resilience.CircuitBreakers;
import dev.vigil.snapshot.Gap;
import dev.vigil.snapshot.SnapshotWriter;
import dev.vigil.snapshot.Target;
import dev.vigil.snapshot.TargetFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Collects a Google Cloud organization: Resource Manager v3 for the hierarchy, Cloud Asset Inventory at
 * organization scope for resources and policies, one snapshot target per ACTIVE project. A listing that fails
 * is a gap on every project it would have covered; the others are still written.
 */
public final class GcpCollectionJob implements ProviderCollection {
    private final VigilConfig config;
    private final Map<String, String> environment;
    private final Shard shard;

    public GcpCollectionJob(VigilConfig config, Map<String, String> environment, Shard shard) {
        WireLogging.keepBodiesOut();
        this.config = config;
        this.environment = Map.copyOf(environment);
        this.shard = shard;
    }

    @Override
    public String provider() {
        return "gcp";
    }

    @Override
    public void collect(SnapshotWriter writer) {
        GcpConfig gcp = config.gcp();
        try (GcpClients clients = new GcpClients(GcpCredentials.resolve(gcp, environment), gcp.endpoint(),
                config.timeouts(), config.retries())) {
            GcpTree tree = new GcpDiscovery(clients).discover(gcp.organization());
            writer.addGaps(tree.gaps());
            List<Project> todo = new ArrayList<>();
            List<Target> pending = new ArrayList<>();
            for (Project p : tree.projects()) {
                String id = p.getProjectId();
                if (!shard.owns(id) || writer.isSettled("gcp", id)) {
                    continue;
                }
                String skip = skipReason(p, tree);
                if (skip != null) {
                    writer.skipTarget("gcp", id, p.getDisplayName(), skip);
                } else {
                    todo.add(p);
                    pending.add(Target.pending("gcp", id, p.getDisplayName()));
                }
            }
            writer.declareTargets(pending);
            AssetSnapshot assets;
            AssetInventoryReader reader = null;
            List<Gap> shared = new ArrayList<>();
            int calls = 0;
            if (gcp.useAssetInventory()) {
                reader = new AssetInventoryReader(clients);
                assets = reader.read(tree.organization(), todo.stream().map(Project::getName).toList());
                shared.addAll(reader.gaps());
                writer.addGaps(reader.organizationGaps());
                calls = reader.calls();
            } else {
                assets = new AssetSnapshot(Map.of(), Map.of(), Map.of(), Map.of());
                shared.add(new Gap("gcp", tree.organization(), Gap.GLOBAL, "cloudasset", "ListAssets",
                        "NotCollected", "gcp.use_asset_inventory is false; per-project collection is not implemented "
                        + "yet, so only the hierarchy was read", SnapshotWriter.now())
                        .withResourceTypes(GcpRecords.ASSET_TYPES));
            }
            PolicyFailures failures = reader == null ? PolicyFailures.notCollected() : reader.policyFailures();
            writer.addOrg(GcpOrgTreeBuilder.build(tree, assets, failures));
            BillingReader billing = new BillingReader(clients, new RateLimiters(config.rateLimits()),
                    new CircuitBreakers(config.circuitBreaker()), gcp.organization());
            billing.read(todo, config.concurrency().accounts());
            GcpRecords records = new GcpRecords(tree, assets, billing, failures);
            int perProject = todo.isEmpty() ? 0 : (calls + todo.size() - 1) / todo.size();
            for (Project p : todo) {
                Target started = Target.started("gcp", p.getProjectId(), p.getDisplayName());
                List<Gap> gaps = new ArrayList<>(shared.stream().map(g -> new Gap("gcp", p.getProjectId(), g.region(),
                        g.service(), g.operation(), g.errorCode(), g.message(), g.at(), g.resourceTypes())).toList());
                gaps.addAll(billing.gapsOf(p.getProjectId()));
                if (reader != null) {
                    reader.projectGaps(p.getName()).forEach(g -> gaps.add(new Gap("gcp", p.getProjectId(), g.region(),
                            g.service(), g.operation(), g.errorCode(), g.message(), g.at(), g.resourceTypes())));
                }
                try (TargetFile file = writer.openTarget("gcp", p.getProjectId())) {
                    records.forProject(p).forEach(file::write);
                    writer.completeTarget(started, file, gaps, perProject + 1);
                } catch (RuntimeException e) {
                    writer.failTarget(started, e.getMessage(), gaps, perProject + 1);
                }
            }
        }
    }

    private String skipReason(Project p, GcpTree tree) {
        if (p.getState() != Project.State.ACTIVE) {
            return "project state " + p.getState().name();
        }
        GcpConfig gcp = config.gcp();
        List<String> path = tree.pathTo(p.getParent());
        if (!gcp.folders().include().isEmpty() && gcp.folders().include().stream().noneMatch(path::contains)) {
            return "not under gcp.folders.include";
        }
        if (gcp.folders().exclude().stream().anyMatch(path::contains)) {
            return "under gcp.folders.exclude";
        }
        if (!gcp.projects().include().isEmpty() && !gcp.projects().include().contains(p.getProjectId())) {
            return "not in gcp.projects.include";
        }
        if (gcp.projects().exclude().contains(p.getProjectId())) {
            return "in gcp.projects.exclude";
        }
        if (!gcp.projectLabels().includes(p.getLabelsMap()) || gcp.projectLabels().excludes(p.getLabelsMap())) {
            return "excluded by gcp.project_labels";
        }
        return null;
    }
}
