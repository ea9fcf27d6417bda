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
