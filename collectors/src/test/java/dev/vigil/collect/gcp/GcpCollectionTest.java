package dev.vigil.collect.gcp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.collect.MultiCloudCollection;
import dev.vigil.collect.Shard;
import dev.vigil.collect.config.GcpConfig;
import dev.vigil.collect.config.IdFilter;
import dev.vigil.collect.config.VigilConfig;
import dev.vigil.fakecloud.FakeCloudOptions;
import dev.vigil.fakecloud.fault.FaultKind;
import dev.vigil.fakecloud.fault.FaultRule;
import dev.vigil.fakecloud.gcp.GcpFakeCloud;
import dev.vigil.fakecloud.gcp.GcpOrgGenerator;
import dev.vigil.fakecloud.gcp.GcpOrgSpec;
import dev.vigil.fakecloud.gcp.GcpProject;
import dev.vigil.fakecloud.gcp.GcpSyntheticOrg;
import dev.vigil.fakecloud.org.Canary;
import dev.vigil.snapshot.Manifest;
import dev.vigil.snapshot.ResourceRecord;
import dev.vigil.snapshot.SnapshotReader;
import dev.vigil.snapshot.SnapshotWriter;
import dev.vigil.snapshot.Target;
import dev.vigil.snapshot.TargetStatus;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real Google Cloud clients (HTTP/JSON) against the fake GCP: discovery, snapshot contents, faults. */
class GcpCollectionTest {
    static GcpSyntheticOrg org;
    static GcpFakeCloud cloud;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        org = GcpOrgGenerator.generate(GcpOrgSpec.demo());
        // small pages: every listing is really paged
        cloud = GcpFakeCloud.start(org, FakeCloudOptions.defaults().withMaxPageSize(7));
    }

    @AfterAll
    static void stop() {
        cloud.close();
    }

    @BeforeEach
    void clearFaults() {
        cloud.faults().clear();
    }

    static GcpConfig gcp(String impersonate) {
        return new GcpConfig(org.organization(), null, null, null, impersonate,
                cloud.credentialsFile().toString(), cloud.endpoint().toString(), true);
    }

    Manifest collect(GcpConfig gcp) {
        VigilConfig config = VigilConfig.DEFAULT.withProviders(List.of("gcp")).withGcp(gcp);
        return new MultiCloudCollection(List.of(new GcpCollectionJob(config, Map.of(), Shard.ALL)))
                .run(SnapshotWriter.create(dir, "test"));
    }

    Map<String, Map<String, Integer>> counts() {
        Map<String, Map<String, Integer>> out = new TreeMap<>();
        SnapshotReader.open(dir).forEachRecord(r ->
                out.computeIfAbsent(r.accountId(), k -> new TreeMap<>()).merge(r.type(), 1, Integer::sum));
        return out;
    }

    List<ResourceRecord> records() {
        List<ResourceRecord> out = new ArrayList<>();
        SnapshotReader.open(dir).forEachRecord(out::add);
        return out;
    }

    @Test
    void collectsEveryActiveProjectWithExactlyTheGeneratedResources() {
        Manifest m = collect(gcp(null));
        assertThat(m.gaps()).isEmpty();
        List<GcpProject> active = org.projects().stream().filter(GcpProject::active).toList();
        assertThat(m.targets()).filteredOn(t -> t.status() == TargetStatus.COMPLETE).extracting(Target::accountId)
                .containsExactlyInAnyOrderElementsOf(active.stream().map(GcpProject::projectId).toList());
        assertThat(m.targets()).filteredOn(t -> t.status() == TargetStatus.SKIPPED)
                .singleElement().satisfies(t -> assertThat(t.reason()).contains("DELETE_REQUESTED"));
        assertThat(counts()).isEqualTo(org.expectedResourceCounts());
        for (GcpProject p : active) {
            for (String type : org.expectedResourceCounts().get(p.projectId()).keySet()) {
                assertThat(records().stream().filter(r -> r.accountId().equals(p.projectId()) && r.type().equals(type))
                        .map(ResourceRecord::uid)).containsExactlyInAnyOrderElementsOf(org.expectedUids(p.projectId(), type));
            }
        }
        assertThat(cloud.calls().mutatingCalls()).isEmpty();
    }

    @Test
    void writesTheHierarchyAndNodePoliciesIntoTheOrgTree() {
        Manifest m = collect(gcp(null));
        var tree = m.orgs().get(0);
        assertThat(tree.provider()).isEqualTo("gcp");
        assertThat(tree.rootId()).isEqualTo(org.organization());
        assertThat(tree.ous()).extracting(u -> u.id()).containsExactlyInAnyOrderElementsOf(
                org.folders().stream().map(f -> f.name()).toList());
        assertThat(tree.ous()).filteredOn(u -> u.id().equals("folders/1003")).singleElement()
                .satisfies(u -> assertThat(u.parentId()).isEqualTo("folders/1001"));
        assertThat(tree.accounts()).hasSize(org.projects().size());
        assertThat(tree.policies()).filteredOn(p -> p.type().equals("ORG_POLICY")).extracting(p -> p.name())
                .contains("iam.disableServiceAccountKeyCreation", "gcp.resourceLocations");
        assertThat(tree.policies()).filteredOn(p -> p.type().equals("IAM_POLICY") && p.targets().contains("folders/1002"))
                .singleElement().satisfies(p -> assertThat(p.document().toString()).contains("user:contractor@partner.example"));
    }

    private static JsonNode metadata(JsonNode metadata, String key) {
        for (JsonNode item : metadata.path("items")) {
            if (item.path("key").asText().equals(key)) {
                return item;
            }
        }
        throw new AssertionError("no metadata item " + key + " in " + metadata);
    }

    @Test
    void recordsAreShapedAsTheSnapshotDocumentSays() {
        collect(gcp(null));
        List<ResourceRecord> all = records();
        ResourceRecord project = all.stream().filter(r -> r.type().equals("gcp.resourcemanager.project")).findFirst().orElseThrow();
        JsonNode a = project.attributes();
        assertThat(a.path("projectId").asText()).isEqualTo(project.accountId());
        assertThat(a.path("state").asText()).isEqualTo("ACTIVE");
        assertThat(a.path("iamPolicy").path("bindings").isArray()).isTrue();
        assertThat(a.path("effectiveOrgPolicies").path("iam.disableServiceAccountKeyCreation").has("enforce")).isTrue();
        assertThat(a.path("effectiveOrgPolicies").path("gcp.resourceLocations").path("allowedValues").toString())
                .contains("in:us-locations");
        assertThat(project.tags()).containsKeys("app", "env", "team", "cost-center");

        ResourceRecord firewall = all.stream().filter(r -> r.type().equals("gcp.compute.firewall")).findFirst().orElseThrow();
        assertThat(firewall.attributes().path("allowed").get(0).has("IPProtocol")).isTrue();
        assertThat(firewall.attributes().path("sourceRanges").isArray()).isTrue();

        ResourceRecord vm = all.stream().filter(r -> r.type().equals("gcp.compute.instance")).findFirst().orElseThrow();
        assertThat(vm.region()).isEqualTo("us-central1");
        assertThat(vm.attributes().path("shieldedInstanceConfig").path("enableVtpm").isBoolean()).isTrue();
        assertThat(vm.attributes().toString()).doesNotContain(Canary.PREFIX).contains("block-project-ssh-keys");
        assertThat(metadata(vm.attributes().path("metadata"), "block-project-ssh-keys").path("value").asText())
                .isEqualTo("true");
        JsonNode script = metadata(vm.attributes().path("metadata"), "startup-script");
        assertThat(script.has("value")).isFalse();
        assertThat(script.path("present").asBoolean()).isTrue();
        assertThat(script.path("sha256").asText()).hasSize(64);

        ResourceRecord compute = all.stream().filter(r -> r.type().equals("gcp.compute.project")).findFirst().orElseThrow();
        JsonNode common = compute.attributes().path("commonInstanceMetadata");
        assertThat(common.toString()).doesNotContain(Canary.PREFIX).contains("ssh-keys", "db-password");
        assertThat(metadata(common, "enable-oslogin").path("value").asText()).isEqualTo("TRUE");
        assertThat(metadata(common, "db-password").has("value")).isFalse();

        ResourceRecord sa = all.stream().filter(r -> r.type().equals("gcp.iam.service_account")).findFirst().orElseThrow();
        assertThat(sa.id()).endsWith(".iam.gserviceaccount.com");
        assertThat(sa.attributes().path("keys").get(0).path("keyType").asText()).isNotEmpty();

        ResourceRecord bucket = all.stream().filter(r -> r.type().equals("gcp.storage.bucket")).findFirst().orElseThrow();
        assertThat(bucket.attributes().path("iamConfiguration").path("uniformBucketLevelAccess").has("enabled")).isTrue();
        assertThat(bucket.attributes().path("iamPolicy").path("bindings").size()).isPositive();

        ResourceRecord sql = all.stream().filter(r -> r.type().equals("gcp.sql.instance")).findFirst().orElseThrow();
        assertThat(sql.attributes().path("settings").path("ipConfiguration").has("ipv4Enabled")).isTrue();
        assertThat(sql.tags()).containsKey("team");

        ResourceRecord dataset = all.stream().filter(r -> r.type().equals("gcp.bigquery.dataset")
                && r.id().equals("analytics")).findFirst().orElseThrow();
        assertThat(dataset.service()).isEqualTo("bigquery");
        assertThat(dataset.region()).isEqualTo("US");
        assertThat(dataset.uid()).isEqualTo("//bigquery.googleapis.com/projects/" + dataset.accountId()
                + "/datasets/analytics");
        assertThat(dataset.attributes().path("access").size()).isPositive();
        assertThat(dataset.attributes().path("defaultEncryptionConfiguration").path("kmsKeyName").asText())
                .isNotEmpty();
        assertThat(dataset.tags()).containsKey("app");

        ResourceRecord zone = all.stream().filter(r -> r.type().equals("gcp.dns.managed_zone")
                && r.id().equals("public-main")).findFirst().orElseThrow();
        assertThat(zone.service()).isEqualTo("dns");
        assertThat(zone.region()).isEqualTo("global");
        assertThat(zone.attributes().path("visibility").asText()).isEqualTo("public");
        assertThat(zone.attributes().path("dnssecConfig").path("defaultKeySpecs").findValuesAsText("keyType"))
                .containsExactlyInAnyOrder("keySigning", "zoneSigning");

        ResourceRecord cluster = all.stream().filter(r -> r.type().equals("gcp.container.cluster")
                && r.id().equals("apps")).findFirst().orElseThrow();
        assertThat(cluster.service()).isEqualTo("container");
        assertThat(cluster.tags()).containsKey("app");
        assertThat(cluster.attributes().path("workloadIdentityConfig").path("workloadPool").asText()).isNotEmpty();
        JsonNode nodeMetadata = cluster.attributes().path("nodePools").get(0).path("config").path("metadata");
        assertThat(nodeMetadata.path("disable-legacy-endpoints").asText()).isEqualTo("true");
        assertThat(nodeMetadata.path("startup-script").path("present").asBoolean()).isTrue();
        assertThat(nodeMetadata.path("startup-script").path("sha256").asText()).hasSize(64);
        assertThat(cluster.attributes().path("masterAuth").path("clientCertificateConfig").has("issueClientCertificate"))
                .isTrue();
    }

    @Test
    void loggingAndServerlessRecordsKeepSettingsAndHashFreeFormValues() {
        Manifest m = collect(gcp(null));
        // sinks of the organization and of folders are tree policies, not records of a project
        assertThat(m.orgs().get(0).policies()).filteredOn(p -> p.type().equals("LOG_SINK"))
                .extracting(p -> p.id()).containsExactlyInAnyOrder(org.organization() + "/sinks/org-errors",
                        "folders/1001/sinks/production-all");
        List<ResourceRecord> all = records();
        assertThat(all).filteredOn(r -> r.type().equals("gcp.logging.metric"))
                .anySatisfy(r -> assertThat(r.attributes().path("filter").asText()).contains("cloudsql.instances.update"));
        assertThat(all).filteredOn(r -> r.type().equals("gcp.monitoring.alert_policy"))
                .allSatisfy(r -> assertThat(r.id()).matches("\\d+"));
        ResourceRecord run = all.stream().filter(r -> r.type().equals("gcp.run.service") && r.id().equals("api"))
                .findFirst().orElseThrow();
        assertThat(run.service()).isEqualTo("run");
        JsonNode annotations = run.attributes().path("metadata").path("annotations");
        assertThat(annotations.path("run.googleapis.com/ingress").asText()).isEqualTo("internal-and-cloud-load-balancing");
        assertThat(annotations.path("serving.knative.dev/creator").path("sha256").asText()).hasSize(64);
        JsonNode env = run.attributes().path("spec").path("template").path("spec").path("containers").get(0).path("env");
        assertThat(env.get(1).path("name").asText()).isEqualTo("DB_PASSWORD");
        assertThat(env.get(1).path("value").path("sha256").asText()).hasSize(64);
        assertThat(env.get(2).path("valueFrom").path("secretKeyRef").path("name").asText()).isEqualTo("db-password");
        assertThat(run.attributes().path("iamPolicy").path("bindings")).isNotEmpty();
        ResourceRecord fn = all.stream().filter(r -> r.type().equals("gcp.functions.function") && r.id().equals("hook"))
                .findFirst().orElseThrow();
        assertThat(fn.attributes().path("environmentVariables").path("WEBHOOK_SECRET").path("present").asBoolean())
                .isTrue();
        assertThat(fn.attributes().path("runtime").asText()).isEqualTo("python312");
        assertThat(all).filteredOn(r -> r.type().equals("gcp.secretmanager.secret")).allSatisfy(r ->
                assertThat(r.attributes().path("annotations").path("owner").path("sha256").asText()).hasSize(64));
    }

    @Test
    void assetInventoryDeniedBecomesAGapOnEveryProjectAndTheHierarchyIsKept() {
        cloud.faults().add(FaultRule.always("*", "cloudasset", "ListAssets", FaultKind.ACCESS_DENIED));
        Manifest m = collect(gcp(null));
        long active = org.projects().stream().filter(GcpProject::active).count();
        assertThat(m.targets()).filteredOn(t -> t.status() == TargetStatus.PARTIAL).hasSize((int) active);
        // per project: its own resource listing, and the organization's IAM and org policy listings; plus the
        // organization-wide resource listing the per-project ones stood in for
        assertThat(m.gaps()).hasSize((int) active * 3 + 1).allSatisfy(g -> {
            assertThat(g.provider()).isEqualTo("gcp");
            assertThat(g.service()).isEqualTo("cloudasset");
            assertThat(g.errorCode()).isEqualTo("PERMISSION_DENIED");
            assertThat(g.operation()).startsWith("ListAssets");
        });
        assertThat(counts().values()).allSatisfy(c -> assertThat(c).containsOnlyKeys("gcp.resourcemanager.project"));
        assertThat(m.orgs().get(0).ous()).hasSize(org.folders().size());
        // without IAM and org policies the tree's policies and each project's inherited ones are unknown
        assertThat(m.orgs().get(0).unknown()).extracting(u -> u.attribute()).contains("policies");
    }

    @Test
    void resourcesRefusedAtOrganizationScopeAreListedPerProject() {
        cloud.faults().add(FaultRule.always(org.organization(), "cloudasset", "ListAssets", FaultKind.ACCESS_DENIED));
        cloud.faults().add(FaultRule.always(org.projects().get(1).name(), "cloudasset", "ListAssets",
                FaultKind.ACCESS_DENIED));
        Manifest m = collect(gcp(null));
        GcpProject refused = org.projects().get(1);
        Map<String, Map<String, Integer>> expected = new TreeMap<>(org.expectedResourceCounts());
        expected.put(refused.projectId(), Map.of("gcp.resourcemanager.project", 1));
        assertThat(counts()).isEqualTo(expected);
        assertThat(m.targets()).filteredOn(t -> t.status() == TargetStatus.PARTIAL).extracting(Target::accountId)
                .contains(refused.projectId());
        assertThat(m.gaps()).anySatisfy(g -> assertThat(g.accountId()).isEqualTo(org.organization()))
                .anySatisfy(g -> {
                    assertThat(g.accountId()).isEqualTo(refused.projectId());
                    assertThat(g.operation()).isEqualTo("ListAssets RESOURCE");
                    // neither listing saw its resources: every type read from them is unlisted there
                    assertThat(g.resourceTypes()).contains("gcp.compute.instance", "gcp.storage.bucket");
                });
        // the organization's refusal was made up for: it names no types
        assertThat(m.gaps()).filteredOn(g -> g.accountId().equals(org.organization()))
                .allSatisfy(g -> assertThat(g.resourceTypes()).isEmpty());
    }

    @Test
    void aFolderThatCannotBeListedIsAGapAndTheRestIsCollected() {
        cloud.faults().add(FaultRule.always("folders/1002", "cloudresourcemanager", "ListProjects",
                FaultKind.ACCESS_DENIED));
        Manifest m = collect(gcp(null));
        assertThat(m.gaps()).singleElement().satisfies(g -> {
            assertThat(g.accountId()).isEqualTo("folders/1002");
            assertThat(g.operation()).isEqualTo("ListProjects");
        });
        assertThat(m.targets()).filteredOn(t -> t.status() == TargetStatus.COMPLETE).isNotEmpty();
    }

    @Test
    void billingInfoAndBudgetsComeFromThePerProjectApis() {
        collect(gcp(null));
        List<ResourceRecord> projects = records().stream().filter(r -> r.type().equals("gcp.resourcemanager.project")).toList();
        assertThat(projects).allSatisfy(p -> assertThat(p.attributes().path("billingInfo").path("billingEnabled")
                .asBoolean()).isTrue());
        assertThat(projects).anySatisfy(p -> assertThat(p.attributes().path("budgets").size()).isZero())
                .anySatisfy(p -> assertThat(p.attributes().path("budgets").get(0).path("budgetFilter").path("projects")
                        .get(0).asText()).isEqualTo(p.attributes().path("name").asText()));
        assertThat(cloud.calls().count("cloudbilling", "GetProjectBillingInfo")).isPositive();
    }

    @Test
    void budgetsDeniedIsAGapOnEveryProjectOfThatBillingAccount() {
        cloud.faults().add(FaultRule.always("*", "billingbudgets", "ListBudgets", FaultKind.ACCESS_DENIED));
        Manifest m = collect(gcp(null));
        long active = org.projects().stream().filter(GcpProject::active).count();
        assertThat(m.gaps()).hasSize((int) active).allSatisfy(g -> assertThat(g.operation()).isEqualTo("ListBudgets"));
        assertThat(records()).filteredOn(r -> r.type().equals("gcp.resourcemanager.project"))
                .allSatisfy(p -> assertThat(p.attributes().has("budgets")).isFalse());
    }

    @Test
    void impersonatesTheConfiguredServiceAccount() {
        String sa = "vigil-scanner@security-tools.iam.gserviceaccount.com";
        Manifest m = collect(gcp(sa));
        assertThat(cloud.impersonated()).contains(sa);
        assertThat(m.targets()).filteredOn(t -> t.status() == TargetStatus.COMPLETE).isNotEmpty();
    }

    @Test
    void theFakeRefusesCallsWithoutAnIssuedToken() throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(cloud.endpoint() + "/v3/folders?parent=" + org.organization())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.body()).contains("UNAUTHENTICATED");
    }

    @Test
    void aProjectFilterSkipsTheOthers() {
        GcpProject first = org.projects().get(0);
        GcpConfig only = new GcpConfig(org.organization(), null, new IdFilter(List.of(first.projectId()), List.of()),
                null, null, cloud.credentialsFile().toString(), cloud.endpoint().toString(), true);
        Manifest m = collect(only);
        assertThat(m.targets()).filteredOn(t -> t.status() == TargetStatus.COMPLETE).extracting(Target::accountId)
                .containsExactly(first.projectId());
        assertThat(Files.exists(dir.resolve("manifest.json"))).isTrue();
    }
}
