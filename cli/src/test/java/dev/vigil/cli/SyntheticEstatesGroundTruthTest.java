package dev.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.cli.evaluate.EvaluationConfig;
import dev.vigil.cli.evaluate.EvaluationPipeline;
import dev.vigil.collect.MultiCloudCollection;
import dev.vigil.collect.ProviderCollection;
import dev.vigil.collect.Shard;
import dev.vigil.collect.azure.AzureCollectionJob;
import dev.vigil.collect.config.AzureConfig;
import dev.vigil.collect.config.GcpConfig;
import dev.vigil.collect.config.VigilConfig;
import dev.vigil.collect.gcp.GcpCollectionJob;
import dev.vigil.evaluate.ScanResult;
import dev.vigil.fakecloud.azure.AzureFakeCloud;
import dev.vigil.fakecloud.azure.AzureOrgGenerator;
import dev.vigil.fakecloud.azure.AzureOrgSpec;
import dev.vigil.fakecloud.azure.AzureSyntheticOrg;
import dev.vigil.fakecloud.gcp.GcpFakeCloud;
import dev.vigil.fakecloud.gcp.GcpOrgGenerator;
import dev.vigil.fakecloud.gcp.GcpOrgSpec;
import dev.vigil.fakecloud.gcp.GcpSyntheticOrg;
import dev.vigil.fakecloud.org.GroundTruth;
import dev.vigil.rego.engine.InterpreterPolicyEngine;
import dev.vigil.snapshot.SnapshotReader;
import dev.vigil.snapshot.SnapshotWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Beyond the demo: GCP organizations and Azure tenants of other sizes and seeds, with extra misconfigurations
 * planted at random, collected through the real SDK clients and judged by the built-in library, must fail exactly
 * the planted findings.
 */
class SyntheticEstatesGroundTruthTest {
    @TempDir
    Path dir;

    /** Two tenants in one run (azure.tenants in vigil.yaml): each subscription is judged with its own tenant's tree. */
    @org.junit.jupiter.api.Test
    void twoAzureTenantsInOneSnapshotKeepTheirOwnOrgTrees() throws Exception {
        AzureSyntheticOrg first = AzureOrgGenerator.generate(new AzureOrgSpec(4, 0, 11, 0.1));
        AzureSyntheticOrg second = AzureOrgGenerator.generate(new AzureOrgSpec(5, 1, 12, 0.1));
        try (AzureFakeCloud a = AzureFakeCloud.start(first); AzureFakeCloud b = AzureFakeCloud.start(second)) {
            String yaml = "providers: [azure]\nazure:\n  tenants:\n" + tenant(a) + tenant(b);
            VigilConfig config = new dev.vigil.collect.config.ConfigLoader().parse(yaml, "vigil.yaml").validate("vigil.yaml");
            assertThat(config.azure().allTenants()).hasSize(2);
            Map<String, String> env = Map.of("SECRET", AzureFakeCloud.CLIENT_SECRET);
            List<ProviderCollection> clouds = config.azure().allTenants().stream()
                    .map(t -> (ProviderCollection) new AzureCollectionJob(config.withAzure(t), env, Shard.ALL)).toList();
            var manifest = new MultiCloudCollection(clouds).run(SnapshotWriter.create(dir, "test"));
            assertThat(manifest.orgs()).extracting(o -> o.id()).containsExactlyInAnyOrder(first.tenantId(), second.tenantId());
            dev.vigil.evaluate.OrgIndex index = new dev.vigil.evaluate.OrgIndex(
                    dev.vigil.snapshot.SnapshotJson.mapper().valueToTree(manifest));
            for (AzureSyntheticOrg tenant : List.of(first, second)) {
                tenant.subscriptions().forEach(sub -> {
                    assertThat(index.orgOf("azure", sub.id()).path("id").asText()).isEqualTo(tenant.tenantId());
                    assertThat(index.account("azure", sub.id()).ouPath()).first().isEqualTo(tenant.tenantId());
                });
            }
        }
        Path truth = dir.resolve("ground-truth.json");
        GroundTruth.merge("test", List.of(first.groundTruth(), second.groundTruth())).write(truth);
        ScanResult result = new EvaluationPipeline(EvaluationConfig.empty(), null, null, 2, InterpreterPolicyEngine::new,
                msg -> { }).evaluate(List.of(SnapshotReader.open(dir)), null);
        GroundTruthCheck check = GroundTruthCheck.compare(truth, result.findings());
        assertThat(check.falsePositives()).as("false positives").isEmpty();
        assertThat(check.missed()).as("missed").isEmpty();
    }

    private static String tenant(AzureFakeCloud cloud) {
        return "    - tenant_id: " + cloud.tenantId() + "\n      client_id: " + AzureFakeCloud.CLIENT_ID
                + "\n      client_secret_env: SECRET\n      endpoint: " + cloud.endpoint() + "\n      graph_endpoint: "
                + cloud.endpoint() + "\n      authority_host: "
                + cloud.endpoint() + "\n      ca_certificate: " + cloud.caCertificatePem() + "\n";
    }

    @ParameterizedTest
    @ValueSource(longs = {7, 2024})
    void gcpAndAzureFindingsEqualTheGroundTruth(long seed) throws Exception {
        GcpSyntheticOrg gcpOrg = GcpOrgGenerator.generate(new GcpOrgSpec(9, 1, seed, 0.15));
        AzureSyntheticOrg azureOrg = AzureOrgGenerator.generate(new AzureOrgSpec(8, 1, seed, 0.15));
        try (GcpFakeCloud gcp = GcpFakeCloud.start(gcpOrg); AzureFakeCloud azure = AzureFakeCloud.start(azureOrg)) {
            VigilConfig config = VigilConfig.DEFAULT.withProviders(List.of("gcp", "azure"))
                    .withGcp(new GcpConfig(gcpOrg.organization(), null, null, null, null,
                            gcp.credentialsFile().toString(), gcp.endpoint().toString(), true))
                    .withAzure(new AzureConfig(azureOrg.tenantId(), null, null, null, AzureFakeCloud.CLIENT_ID, "SECRET",
                            azure.endpoint().toString(), azure.endpoint().toString(), azure.caCertificatePem().toString()));
            Map<String, String> env = Map.of("SECRET", AzureFakeCloud.CLIENT_SECRET);
            List<ProviderCollection> clouds = List.of(new GcpCollectionJob(config, env, Shard.ALL),
                    new AzureCollectionJob(config, env, Shard.ALL));
            var manifest = new MultiCloudCollection(clouds).run(SnapshotWriter.create(dir, "test"));
            assertThat(manifest.gaps()).isEmpty();
        }
        Path truth = dir.resolve("ground-truth.json");
        GroundTruth.merge("test", List.of(gcpOrg.groundTruth(), azureOrg.groundTruth())).write(truth);
        ScanResult result = new EvaluationPipeline(EvaluationConfig.empty(), null, null, 2, InterpreterPolicyEngine::new,
                msg -> { }).evaluate(List.of(SnapshotReader.open(dir)), null);
        GroundTruthCheck check = GroundTruthCheck.compare(truth, result.findings());
        assertThat(check.falsePositives()).as("false positives").isEmpty();
        assertThat(check.missed()).as("missed").isEmpty();
        assertThat(check.planted()).hasSizeGreaterThan(80);
    }
}
