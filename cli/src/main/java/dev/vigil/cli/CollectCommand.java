package dev.vigil.cli;

import dev.vigil.collect.CollectOptions;
import dev.vigil.collect.CollectionJob;
import dev.vigil.collect.azure.AzureCollectionJob;
import dev.vigil.collect.config.AzureConfig;
import dev.vigil.fakecloud.azure.AzureFakeCloud;
import dev.vigil.fakecloud.azure.AzureOrgGenerator;
import dev.vigil.fakecloud.azure.AzureOrgSpec;
import dev.vigil.fakecloud.azure.AzureSyntheticOrg;
import dev.vigil.collect.config.GcpConfig;
import dev.vigil.collect.gcp.GcpCollectionJob;
import dev.vigil.fakecloud.gcp.GcpFakeCloud;
import dev.vigil.fakecloud.gcp.GcpOrgGenerator;
import dev.vigil.fakecloud.gcp.GcpOrgSpec;
import dev.vigil.fakecloud.gcp.GcpSyntheticOrg;
import dev.vigil.fakecloud.org.GroundTruth;
import dev.vigil.collect.MultiCloudCollection;
import dev.vigil.collect.ProviderCollection;
import dev.vigil.collect.Shard;
import dev.vigil.collect.config.Concurrency;
import dev.vigil.collect.config.ConfigException;
import dev.vigil.collect.config.ConfigLoader;
import dev.vigil.collect.config.IdFilter;
import dev.vigil.collect.config.RoleConfig;
import dev.vigil.collect.config.VigilConfig;
import dev.vigil.collect.credentials.BaseCredentials;
import dev.vigil.fakecloud.FakeCloud;
import dev.vigil.fakecloud.StaticCredentials;
import dev.vigil.fakecloud.org.OrgSpec;
import dev.vigil.fakecloud.org.SyntheticOrg;
import dev.vigil.fakecloud.org.SyntheticOrgGenerator;
import dev.vigil.snapshot.Manifest;
import dev.vigil.snapshot.SnapshotWriter;
import dev.vigil.snapshot.Target;
import dev.vigil.snapshot.TargetStatus;
import dev.vigil.text.VisibleText;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;

/** {@code vigil collect}: discover the organization and write a snapshot. */
@Command(name = "collect", mixinStandardHelpOptions = true,
        description = "Collect AWS accounts, GCP projects and Azure subscriptions into a snapshot directory.")
public final class CollectCommand implements Callable<Integer> {
    @Option(names = "--config", description = "vigil.yaml")
    Path config;

    @Option(names = "--out", description = "New snapshot directory.")
    Path out;

    @Option(names = "--resume", description = "Continue the snapshot in this directory.")
    Path resume;

    @Option(names = "--demo", description = "Start the fake cloud with the demo org and collect it.")
    boolean demo;

    @Option(names = "--single-account", description = "Scan only the caller's account (no Organizations).")
    boolean singleAccount;

    @Option(names = "--accounts", split = ",", description = "Only these account ids.")
    List<String> accounts;

    @Option(names = "--exclude-accounts", split = ",", description = "Not these account ids.")
    List<String> excludeAccounts;

    @Option(names = "--ous", split = ",", description = "Only accounts under these OUs (whole subtree).")
    List<String> ous;

    @Option(names = "--exclude-ous", split = ",", description = "Not accounts under these OUs.")
    List<String> excludeOus;

    @Option(names = "--regions", split = ",", description = "Only these regions (must exist).")
    List<String> regions;

    @Option(names = "--role-name", description = "Role to assume in every account (default VigilScanner).")
    String roleName;

    @Option(names = "--role-arn-template", description = "e.g. arn:aws:iam::{account_id}:role/VigilScanner")
    String roleArnTemplate;

    @Option(names = "--external-id", description = "External id for AssumeRole.")
    String externalId;

    @Option(names = "--concurrency", description = "Accounts collected at the same time (default 8).")
    Integer concurrency;

    @Option(names = "--workers", description = "API calls in flight at the same time (default 4 per account).")
    Integer workers;

    @Option(names = "--endpoint-url", description = "One endpoint for every AWS service.")
    String endpointUrl;

    @Option(names = "--shard", description = "Collect only shard I of N (I/N, e.g. 0/4): run N collections in "
            + "parallel and evaluate their snapshots together.")
    String shard;

    @Option(names = "--providers", split = ",", description = "Clouds to collect: aws, gcp, azure (default: aws "
            + "plus every cloud with a section in the config; --demo: all three).")
    List<String> providers;

    @Option(names = "--max-targets", description = "Collect at most N accounts in this run; --resume does the rest.")
    int maxTargets;

    private static final String DEMO_SECRET_VARIABLE = "VIGIL_DEMO_AZURE_CLIENT_SECRET";

    @Override
    public Integer call() throws Exception {
        if ((out == null) == (resume == null)) {
            throw new ConfigException("give exactly one of --out DIR (new snapshot) or --resume DIR");
        }
        VigilConfig settings = applyOptions(config == null ? VigilConfig.DEFAULT : new ConfigLoader().load(config));
        Path dir = out != null ? out : resume;
        if (demo) {
            return runDemo(settings, dir);
        }
        return collect(settings, BaseCredentials.defaultChain(), System.getenv(), dir);
    }

    /** Collects into {@code dir}, the demo included; {@code vigil scan} calls this. */
    int collectInto(Path dir) throws Exception {
        VigilConfig settings = applyOptions(config == null ? VigilConfig.DEFAULT : new ConfigLoader().load(config));
        return demo ? runDemo(settings, dir) : collect(settings, BaseCredentials.defaultChain(), System.getenv(), dir);
    }

    private int runDemo(VigilConfig settings, Path dir) throws Exception {
        SyntheticOrg org = SyntheticOrgGenerator.generate(OrgSpec.demo());
        GcpSyntheticOrg gcpOrg = GcpOrgGenerator.generate(GcpOrgSpec.demo());
        AzureSyntheticOrg azureOrg = AzureOrgGenerator.generate(AzureOrgSpec.demo());
        // a second tenant whose Entra ID directory is the clean twin of the first one's tenant-wide settings
        AzureSyntheticOrg azureTwin = AzureOrgGenerator.generate(AzureOrgSpec.demoTwin());
        try (FakeCloud cloud = FakeCloud.start(org); GcpFakeCloud gcp = GcpFakeCloud.start(gcpOrg);
             AzureFakeCloud azure = AzureFakeCloud.start(azureOrg); AzureFakeCloud twin = AzureFakeCloud.start(azureTwin)) {
            System.err.println("demo: fake AWS with " + org.accounts().size() + " accounts at " + cloud.endpoint());
            System.err.println("demo: fake GCP with " + gcpOrg.projects().size() + " projects at " + gcp.endpoint());
            System.err.println("demo: fake Azure with " + azureOrg.subscriptions().size() + " subscriptions at "
                    + azure.endpoint() + " and a second tenant at " + twin.endpoint() + " (TLS, self-signed)");
            StaticCredentials creds = cloud.managementCredentials();
            VigilConfig demo = settings.withEndpointOverride(cloud.endpoint().toString())
                    .withGcp(new GcpConfig(gcpOrg.organization(), null, null, null, null,
                            gcp.credentialsFile().toString(), gcp.endpoint().toString(), true))
                    .withAzure(new AzureConfig(azureOrg.tenantId(), null, null, null, AzureFakeCloud.CLIENT_ID,
                            DEMO_SECRET_VARIABLE, azure.endpoint().toString(), azure.endpoint().toString(),
                            azure.caCertificatePem().toString()).withTenants(List.of(new AzureConfig(
                            azureTwin.tenantId(), null, null, null, AzureFakeCloud.CLIENT_ID, DEMO_SECRET_VARIABLE,
                            twin.endpoint().toString(), twin.endpoint().toString(), twin.caCertificatePem().toString()))));
            if (providers == null) {
                demo = demo.withProviders(VigilConfig.KNOWN_PROVIDERS);
            }
            int code = collect(demo, BaseCredentials.fixed(creds.accessKeyId(), creds.secretAccessKey()),
                    Map.of(DEMO_SECRET_VARIABLE, AzureFakeCloud.CLIENT_SECRET), dir);
            List<GroundTruth> truths = new ArrayList<>();
            if (demo.enabledProviders().contains("aws")) {
                truths.add(org.groundTruth());
            }
            if (demo.enabledProviders().contains("gcp")) {
                truths.add(gcpOrg.groundTruth());
            }
            if (demo.enabledProviders().contains("azure")) {
                truths.add(azureOrg.groundTruth());
                truths.add(azureTwin.groundTruth());
            }
            GroundTruth.merge("vigil-fake", truths).write(dir.resolve("ground-truth.json"));
            System.err.println("demo: wrote " + dir.resolve("ground-truth.json"));
            return code;
        }
    }

    /** @param environment where GCP and Azure credentials are read from (the demo passes the fake tenant's secret) */
    private int collect(VigilConfig settings, AwsCredentialsProvider credentials, Map<String, String> environment,
                        Path dir) {
        SnapshotWriter writer = resume != null ? SnapshotWriter.resume(dir, Main.VERSION)
                : SnapshotWriter.create(dir, Main.VERSION);
        Instant start = Instant.now();
        Manifest manifest;
        Shard part = shard == null ? Shard.ALL : Shard.parse(shard);
        try (Progress progress = Progress.forConsole()) {
            List<ProviderCollection> clouds = new ArrayList<>();
            for (String provider : settings.enabledProviders()) {
                switch (provider) {
                    case "aws" -> clouds.add(new CollectionJob(CollectOptions.of(settings, credentials)
                            .withProgress(progress).withMaxTargets(maxTargets), part));
                    case "gcp" -> settings.gcp().allOrganizations().forEach(organization ->
                            clouds.add(new GcpCollectionJob(settings.withGcp(organization), environment, part)));
                    case "azure" -> settings.azure().allTenants().forEach(tenant ->
                            clouds.add(new AzureCollectionJob(settings.withAzure(tenant), environment, part)));
                    default -> throw new ConfigException("provider '" + provider + "' is not supported yet");
                }
            }
            manifest = new MultiCloudCollection(clouds).run(writer);
        }
        printSummary(manifest, dir, Duration.between(start, Instant.now()));
        return 0;
    }

    static void printSummary(Manifest m, Path dir, Duration took) {
        Map<TargetStatus, Long> byStatus = m.targets().stream()
                .collect(Collectors.groupingBy(Target::status, Collectors.counting()));
        long resources = m.targets().stream().mapToLong(t -> t.resourceCount() == null ? 0 : t.resourceCount()).sum();
        long calls = m.targets().stream().mapToLong(t -> t.apiCalls() == null ? 0 : t.apiCalls()).sum();
        System.out.printf("snapshot %s: %s, %d target(s) %s, %d resources, %d gap(s), %d API calls, %.1f s%n",
                VisibleText.line(dir.toString()),
                m.status(), m.targets().size(), byStatus, resources, m.gaps().size(), calls, took.toMillis() / 1000.0);
        m.targets().stream().filter(t -> t.status() == TargetStatus.FAILED)
                .forEach(t -> System.out.println("  FAILED " + VisibleText.line(t.accountId()) + ": "
                        + VisibleText.line(t.reason())));
    }

    VigilConfig applyOptions(VigilConfig c) {
        VigilConfig r = c;
        if (accounts != null || excludeAccounts != null) {
            r = r.withAccounts(new IdFilter(or(accounts, r.accounts().include()), or(excludeAccounts,
                    r.accounts().exclude())));
        }
        if (ous != null || excludeOus != null) {
            r = r.withOus(new IdFilter(or(ous, r.ous().include()), or(excludeOus, r.ous().exclude())));
        }
        if (regions != null) {
            r = r.withRegions(regions);
        }
        if (roleName != null || roleArnTemplate != null || externalId != null) {
            RoleConfig role = r.role();
            r = r.withRole(new RoleConfig(or(roleName, role.name()), or(roleArnTemplate, role.arnTemplate()),
                    or(externalId, role.externalId()), role.sessionName(), role.sessionDurationSeconds(),
                    role.management()));
        }
        if (concurrency != null || workers != null) {
            Integer accountsAtOnce = concurrency != null ? concurrency : r.concurrency().accounts();
            r = r.withConcurrency(new Concurrency(accountsAtOnce, workers));
        }
        if (endpointUrl != null) {
            r = r.withEndpointOverride(endpointUrl);
        }
        if (singleAccount) {
            r = r.withSingleAccount(true);
        }
        if (providers != null) {
            r = r.withProviders(providers);
        }
        return r.validate("command line");
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }

}
