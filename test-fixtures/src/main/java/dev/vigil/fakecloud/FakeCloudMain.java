package dev.vigil.fakecloud;

import dev.vigil.fakecloud.azure.AzureFakeCloud;
import dev.vigil.fakecloud.azure.AzureOrgGenerator;
import dev.vigil.fakecloud.azure.AzureOrgSpec;
import dev.vigil.fakecloud.azure.AzureSyntheticOrg;
import dev.vigil.fakecloud.fault.FaultRule;
import dev.vigil.fakecloud.gcp.GcpFakeCloud;
import dev.vigil.fakecloud.gcp.GcpOrgGenerator;
import dev.vigil.fakecloud.gcp.GcpOrgSpec;
import dev.vigil.fakecloud.gcp.GcpSyntheticOrg;
import dev.vigil.fakecloud.org.OrgSpec;
import dev.vigil.fakecloud.org.SyntheticOrg;
import dev.vigil.fakecloud.org.SyntheticOrgGenerator;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/** Runs a fake cloud in the foreground until interrupted: {@code vigil fake-cloud} calls {@link #run}. */
public final class FakeCloudMain {

    private FakeCloudMain() {
    }

    /** Enabled regions in the order {@code --regions N} takes them. */
    public static final List<String> REGION_ORDER = List.of("us-east-1", "us-west-2", "eu-west-1", "eu-central-1",
            "ap-southeast-2", "ca-central-1");

    /** The spec {@link #run(int, long, int, int, PrintStream)} serves: regenerate it to get the same org and ground truth. */
    public static OrgSpec spec(int accounts, long seed) {
        return spec(accounts, OrgSpec.DEFAULT_REGIONS.size(), seed);
    }

    /** The spec with the first {@code regionCount} regions of {@link #REGION_ORDER}. */
    public static OrgSpec spec(int accounts, int regionCount, long seed) {
        if (regionCount < 1 || regionCount > REGION_ORDER.size()) {
            throw new IllegalArgumentException("regions must be in [1, " + REGION_ORDER.size() + "], got " + regionCount);
        }
        return OrgSpec.of(accounts, REGION_ORDER.subList(0, regionCount), seed);
    }

    public static void run(int accounts, long seed, int port, int latencyMs, PrintStream out) {
        run(spec(accounts, seed), FakeCloudOptions.defaults().withPort(port).withLatencyMillis(latencyMs), out);
    }

    public static void run(int accounts, int regionCount, long seed, int port, int latencyMs, PrintStream out) {
        run(spec(accounts, regionCount, seed), FakeCloudOptions.defaults().withPort(port).withLatencyMillis(latencyMs),
                out);
    }

    /** Starts a fake cloud for {@code spec}, prints how to reach it and blocks until the thread is interrupted. */
    public static void run(OrgSpec spec, FakeCloudOptions options, PrintStream out) {
        run(spec, options, List.of(), out);
    }

    /**
     * As {@link #run(OrgSpec, FakeCloudOptions, PrintStream)}, with {@code faults} in force on the AWS, GCP and Azure
     * fakes alike (a rule names a service of one of them, so in practice it applies where that service is served).
     */
    public static void run(OrgSpec spec, FakeCloudOptions options, List<FaultRule> faults, PrintStream out) {
        long started = System.nanoTime();
        SyntheticOrg org = SyntheticOrgGenerator.generate(spec);
        boolean demo = spec.equals(OrgSpec.demo());
        GcpSyntheticOrg gcpOrg = GcpOrgGenerator.generate(demo ? GcpOrgSpec.demo()
                : GcpOrgSpec.of(Math.max(2, spec.accounts() / 2), spec.seed()));
        AzureSyntheticOrg azureOrg = AzureOrgGenerator.generate(demo ? AzureOrgSpec.demo()
                : AzureOrgSpec.of(Math.max(2, spec.accounts() / 2), spec.seed()));
        FakeCloudOptions others = options.withPort(0);
        try (FakeCloud cloud = FakeCloud.start(org, options); GcpFakeCloud gcp = GcpFakeCloud.start(gcpOrg, others);
             AzureFakeCloud azure = AzureFakeCloud.start(azureOrg, others)) {
            for (FaultRule rule : faults) {
                cloud.faults().add(rule);
                gcp.faults().add(rule);
                azure.faults().add(rule);
            }
            CountDownLatch stop = new CountDownLatch(1);
            Thread hook = new Thread(stop::countDown, "fakecloud-shutdown");
            Runtime.getRuntime().addShutdownHook(hook);
            describe(cloud, (System.nanoTime() - started) / 1_000_000, out);
            describe(gcp, azure, out);
            faults.forEach(rule -> out.println("Injecting " + rule));
            out.println("Press Ctrl-C to stop.");
            out.flush();
            try {
                stop.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException shuttingDown) {
                    // the JVM is already exiting; the try-with-resources still closes the server
                }
            }
        }
        out.println("fake cloud stopped");
    }

    static void describe(FakeCloud cloud, long generationMillis, PrintStream out) {
        SyntheticOrg org = cloud.org();
        StaticCredentials creds = cloud.managementCredentials();
        long active = org.accounts().stream().filter(a -> a.active()).count();
        out.println("Vigil fake cloud (fake credentials, loopback only)");
        out.println("  endpoint:           " + cloud.endpoint());
        out.println("  organization:       " + org.organizationId() + " (root " + org.rootId() + ")");
        out.println("  management account: " + org.managementAccountId());
        out.println("  accounts:           " + org.accounts().size() + " (" + active + " active), regions "
                + String.join(",", org.regions()));
        out.println("  scanner role:       " + org.spec().scannerRoleName());
        out.println("  planted findings:   " + org.groundTruth().findings().size() + " (seed " + org.spec().seed()
                + ", generated in " + generationMillis + " ms)");
        out.println();
        out.println("export AWS_ENDPOINT_URL=" + cloud.endpoint());
        out.println("export AWS_ACCESS_KEY_ID=" + creds.accessKeyId());
        out.println("export AWS_SECRET_ACCESS_KEY=" + creds.secretAccessKey());
        out.println("export AWS_REGION=us-east-1");
        out.println();
        out.flush();
    }

    /** How to point {@code vigil collect} at the fake GCP organization and Azure tenant served beside AWS. */
    static void describe(GcpFakeCloud gcp, AzureFakeCloud azure, PrintStream out) {
        out.println("Also serving a GCP organization (" + gcp.org().projects().size() + " projects, "
                + gcp.org().groundTruth().findings().size() + " planted findings) and an Azure tenant ("
                + azure.org().subscriptions().size() + " subscriptions, " + azure.org().groundTruth().findings().size()
                + " planted findings, self-signed TLS). Add to vigil.yaml:");
        out.println();
        out.println("providers: [aws, gcp, azure]");
        out.println("gcp:");
        out.println("  organization: " + gcp.org().organization());
        out.println("  credentials_file: " + gcp.credentialsFile());
        out.println("  endpoint: " + gcp.endpoint());
        out.println("azure:");
        out.println("  tenant_id: " + azure.tenantId());
        out.println("  client_id: " + AzureFakeCloud.CLIENT_ID);
        out.println("  client_secret_env: VIGIL_FAKE_AZURE_SECRET");
        out.println("  endpoint: " + azure.endpoint());
        out.println("  graph_endpoint: " + azure.endpoint());
        out.println("  authority_host: " + azure.endpoint());
        out.println("  ca_certificate: " + azure.caCertificatePem());
        out.println();
        out.println("export VIGIL_FAKE_AZURE_SECRET=" + AzureFakeCloud.CLIENT_SECRET);
        out.println();
        out.flush();
    }

    /** {@code --accounts N --seed S --port P --latency-ms L --regions r1,r2 --rps R [--fault RULE]...}. */
    public static void main(String[] args) {
        int accounts = 12;
        long seed = 42;
        int port = 0;
        int latency = 0;
        int rps = 0;
        List<FaultRule> faults = new ArrayList<>();
        List<String> regions = new ArrayList<>(OrgSpec.DEFAULT_REGIONS);
        for (int i = 0; i + 1 < args.length; i += 2) {
            String value = args[i + 1];
            switch (args[i]) {
                case "--accounts" -> accounts = Integer.parseInt(value);
                case "--seed" -> seed = Long.parseLong(value);
                case "--port" -> port = Integer.parseInt(value);
                case "--latency-ms" -> latency = Integer.parseInt(value);
                case "--rps" -> rps = Integer.parseInt(value);
                case "--regions" -> regions = List.of(value.split(","));
                case "--fault" -> faults.add(FaultRule.parse(value));
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + " (expected --accounts, --seed, --port, --latency-ms, --regions, --rps, --fault)");
            }
        }
        OrgSpec spec = accounts == 12 && seed == 42 && regions.equals(OrgSpec.DEFAULT_REGIONS) ? OrgSpec.demo()
                : OrgSpec.of(accounts, regions, seed);
        run(spec, FakeCloudOptions.defaults().withPort(port).withLatencyMillis(latency).withRequestsPerSecond(rps),
                faults, System.out);
    }
}
