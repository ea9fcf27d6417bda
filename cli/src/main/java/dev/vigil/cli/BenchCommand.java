package dev.vigil.cli;

import dev.vigil.collect.CollectOptions;
import dev.vigil.collect.CollectionJob;
import dev.vigil.collect.bench.BenchReport;
import dev.vigil.collect.bench.HeapSampler;
import dev.vigil.collect.bench.ServiceCost;
import dev.vigil.collect.config.Concurrency;
import dev.vigil.collect.config.Timeouts;
import dev.vigil.collect.config.VigilConfig;
import dev.vigil.collect.credentials.BaseCredentials;
import dev.vigil.collect.engine.CallListener;
import dev.vigil.fakecloud.FakeCloud;
import dev.vigil.fakecloud.FakeCloudOptions;
import dev.vigil.fakecloud.StaticCredentials;
import dev.vigil.fakecloud.fault.FaultKind;
import dev.vigil.fakecloud.fault.FaultRule;
import dev.vigil.fakecloud.org.OrgSpec;
import dev.vigil.fakecloud.org.SyntheticOrg;
import dev.vigil.fakecloud.org.SyntheticOrgGenerator;
import dev.vigil.snapshot.Gap;
import dev.vigil.snapshot.Manifest;
import dev.vigil.snapshot.SnapshotWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code vigil bench collect}: collect a large synthetic org from the fake cloud and report the figures. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmark collection against the fake cloud.")
public final class BenchCommand implements Callable<Integer> {
    private static final Set<String> THROTTLING = Set.of("Throttling", "ThrottlingException", "RequestLimitExceeded",
            "SlowDown", "TooManyRequestsException");

    @Parameters(index = "0", description = "What to benchmark: collect (fake cloud → snapshot), "
            + "evaluate (snapshot → findings; --snapshot DIR, or a synthetic org of --accounts collected first), "
            + "rego (interpreter: resources × rules per second)")
    String what;

    @Option(names = "--snapshot", description = "evaluate: an existing snapshot instead of a fresh synthetic one.")
    Path snapshot;

    @Option(names = "--rounds", defaultValue = "3", description = "evaluate: timed rounds, the best is reported.")
    int rounds;

    @Option(names = "--accounts", defaultValue = "1000")
    int accounts;

    @Option(names = "--tile-from", paramLabel = "K", description = "evaluate: collect only K accounts from the fake "
            + "cloud and repeat them under new ids up to --accounts (large estates without the collection's cost).")
    Integer tileFrom;

    @Option(names = "--regions", defaultValue = "2", description = "Number of enabled regions (1-3).")
    int regions;

    @Option(names = "--latency-ms", defaultValue = "20")
    int latencyMs;

    @Option(names = "--concurrency", description = "Accounts at a time (default 8).")
    Integer concurrency;

    @Option(names = "--workers", description = "Calls in flight (default 4 per account).")
    Integer workers;

    @Option(names = "--out", description = "Keep the snapshot here (default: a temp directory, deleted).")
    Path out;

    @Option(names = "--throttle-fraction", description = "collect (aws): throttle this fraction of every AWS call "
            + "(0-1, seeded), to see retries keep the data.")
    Double throttleFraction;

    @Option(names = "--hang-service", paramLabel = "SERVICE[:REGION]", description = "collect (aws): this service "
            + "(signing name: kms, ec2, cloudtrail, ...) never answers, in every account (and region, unless one is "
            + "given; discovery needs ec2 in us-east-1).")
    String hangService;

    @Option(names = "--read-timeout-ms", description = "collect (aws): timeouts.read for the run (default: vigil.yaml's "
            + "default, 20 s).")
    Integer readTimeoutMs;

    @Option(names = "--provider", defaultValue = "aws", description = "collect: aws (accounts), gcp (projects) or "
            + "azure (subscriptions) — --accounts sets how many.")
    String provider;

    @Override
    public Integer call() throws Exception {
        if ("rego".equals(what)) {
            dev.vigil.rego.bench.EvalBenchmark.main(new String[0]);
            return 0;
        }
        if ("evaluate".equals(what) && snapshot != null) {
            new EvaluateBenchmark(System.out).run(snapshot, rounds);
            return 0;
        }
        if (!"collect".equals(what) && !"evaluate".equals(what)) {
            throw new IllegalArgumentException("unknown benchmark '" + what + "' (supported: collect, evaluate, rego)");
        }
        if ("collect".equals(what) && !"aws".equals(provider)) {
            return benchOtherCloud();
        }
        if (regions < 1 || regions > OrgSpec.DEFAULT_REGIONS.size()) {
            throw new IllegalArgumentException("--regions must be 1 to " + OrgSpec.DEFAULT_REGIONS.size());
        }
        int collected = "evaluate".equals(what) && tileFrom != null ? Math.min(tileFrom, accounts) : accounts;
        SyntheticOrg org = SyntheticOrgGenerator.generate(
                OrgSpec.of(collected, OrgSpec.DEFAULT_REGIONS.subList(0, regions), 1L));
        VigilConfig base = VigilConfig.DEFAULT;
        Concurrency c = new Concurrency(concurrency != null ? concurrency : base.concurrency().accounts(), workers);
        FakeCloudOptions options = FakeCloudOptions.defaults().withLatencyMillis(latencyMs)
                .withThreads(c.workers() * 2 + 16);
        Path dir = out != null ? out : Files.createTempDirectory("vigil-bench");
        try (FakeCloud cloud = FakeCloud.start(org, options)) {
            StaticCredentials creds = cloud.managementCredentials();
            VigilConfig config = base.withConcurrency(c).withEndpointOverride(cloud.endpoint().toString());
            if (readTimeoutMs != null) {
                Timeouts t = config.timeouts();
                config = config.withTimeouts(new Timeouts(t.connect(), Duration.ofMillis(readTimeoutMs), t.callBudget()));
            }
            if (hangService != null) {
                String[] hang = hangService.split(":", 2);
                cloud.faults().add(new FaultRule("*", hang.length > 1 ? hang[1] : "*", hang[0], "*", FaultKind.HANG,
                        -1));
            }
            if (throttleFraction != null) {
                cloud.faults().add(FaultRule.fraction("*", "*", "*", "*", FaultKind.THROTTLE, throttleFraction));
            }
            LongAdder calls = new LongAdder();
            LongAdder retries = new LongAdder();
            String[] hung = hangService == null ? new String[] {""} : hangService.split(":", 2);
            ServiceCost hungCost = new ServiceCost(hung[0], hung.length > 1 ? hung[1] : "*");
            CollectOptions collect = CollectOptions.of(config,
                    BaseCredentials.fixed(creds.accessKeyId(), creds.secretAccessKey()))
                    .withEnvironment(Map.of())
                    .withCallListener(new CallListener() {
                        @Override
                        public void onCall(String account, String region, String service, String operation) {
                            calls.increment();
                        }

                        @Override
                        public void onRetry(String account, String region, String service, String operation) {
                            retries.increment();
                        }

                        @Override
                        public void onCompleted(String account, String region, String service, String operation,
                                Duration elapsed) {
                            hungCost.completed(account, region, service, elapsed);
                        }
                    });
            System.gc();
            HeapSampler.reset();
            var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                    .getOperatingSystemMXBean();
            long cpuStart = os.getProcessCpuTime();
            long start = System.nanoTime();
            Manifest m = new CollectionJob(collect).run(SnapshotWriter.create(dir, Main.VERSION));
            Duration wall = Duration.ofNanos(System.nanoTime() - start);
            double cpuSeconds = (os.getProcessCpuTime() - cpuStart) / 1e9;
            long throttling = m.gaps().stream().map(Gap::errorCode).filter(THROTTLING::contains).count();
            long resources = m.targets().stream().mapToLong(t -> t.resourceCount() == null ? 0 : t.resourceCount())
                    .sum();
            BenchReport report = new BenchReport(collected, regions, Duration.ofMillis(latencyMs), c.workers(), wall,
                    calls.sum(), HeapSampler.peakBytes(), throttling, m.gaps().size(), resources);
            System.out.print(report.render());
            int cores = Runtime.getRuntime().availableProcessors();
            System.out.printf("process CPU         %.1f s = %.0f%% of %d cores over the wall time; %.2f ms CPU per call "
                    + "(client and fake cloud together)%n", cpuSeconds,
                    100 * cpuSeconds / (cores * wall.toNanos() / 1e9), cores, 1000 * cpuSeconds / Math.max(1, calls.sum()));
            System.out.println("fake cloud answered " + cloud.calls().total() + " calls; mutating: "
                    + cloud.calls().mutatingCalls().size());
            System.out.println("calls by service     " + callsByService(cloud.calls().byOperation()));
            if (throttleFraction != null || hangService != null) {
                System.out.printf("faults injected      %d (throttled %.0f%% of calls%s); retries %d; targets %s%n",
                        cloud.calls().faultsInjected(), 100 * (throttleFraction == null ? 0 : throttleFraction),
                        hangService == null ? "" : ", " + hangService + " hung", retries.sum(), m.status());
                System.out.println("gaps by code         " + m.gaps().stream().collect(Collectors
                        .groupingBy(Gap::errorCode, TreeMap::new, Collectors.counting())));
            }
            if (hangService != null) {
                double timeout = config.timeouts().read().toMillis() / 1000.0;
                System.out.printf("hung %-15s per account (first call to last): mean %.2f s, max %.2f s over %d "
                        + "accounts; read timeout %.1f s → max = %.2f × timeout%n", hangService,
                        hungCost.mean().toMillis() / 1000.0, hungCost.max().toMillis() / 1000.0, hungCost.accounts(),
                        timeout, hungCost.max().toMillis() / 1000.0 / timeout);
            }
        }
        org = null; // the synthetic estate is the fake cloud's, not the evaluation's
        try {
            if ("evaluate".equals(what)) {
                // the fake cloud is closed: its heap is not the evaluation's
                Path judged = dir;
                if (collected < accounts) {
                    judged = dir.resolveSibling(dir.getFileName() + "-tiled");
                    TiledSnapshot.write(dev.vigil.snapshot.SnapshotReader.open(dir), accounts, judged);
                    System.out.printf("tiled %d collected accounts to %d in %s%n", collected, accounts, judged);
                }
                new EvaluateBenchmark(System.out).run(judged, rounds);
                if (judged != dir && out == null) {
                    deleteRecursively(judged);
                }
            }
        } finally {
            if (out == null) {
                deleteRecursively(dir);
            }
        }
        return 0;
    }

    /** GCP or Azure: a synthetic estate of {@code --accounts} projects / subscriptions behind {@code --latency-ms}. */
    private int benchOtherCloud() throws Exception {
        FakeCloudOptions options = FakeCloudOptions.defaults().withLatencyMillis(latencyMs).withMaxPageSize(500);
        Path dir = out != null ? out : Files.createTempDirectory("vigil-bench");
        VigilConfig base = VigilConfig.DEFAULT.withProviders(java.util.List.of(provider))
                .withConcurrency(new Concurrency(concurrency != null ? concurrency : 8, workers));
        long generated = System.nanoTime();
        try (AutoCloseable cloud = switch (provider) {
            case "gcp" -> dev.vigil.fakecloud.gcp.GcpFakeCloud.start(dev.vigil.fakecloud.gcp.GcpOrgGenerator.generate(
                    dev.vigil.fakecloud.gcp.GcpOrgSpec.of(accounts, 1L)), options);
            case "azure" -> dev.vigil.fakecloud.azure.AzureFakeCloud.start(dev.vigil.fakecloud.azure.AzureOrgGenerator
                    .generate(dev.vigil.fakecloud.azure.AzureOrgSpec.of(accounts, 1L)), options);
            default -> throw new IllegalArgumentException("--provider must be aws, gcp or azure, got " + provider);
        }) {
            double generation = (System.nanoTime() - generated) / 1e9;
            dev.vigil.collect.ProviderCollection job;
            java.util.function.LongSupplier answered;
            if (cloud instanceof dev.vigil.fakecloud.gcp.GcpFakeCloud gcp) {
                VigilConfig config = base.withGcp(new dev.vigil.collect.config.GcpConfig(gcp.org().organization(), null,
                        null, null, null, gcp.credentialsFile().toString(), gcp.endpoint().toString(), true));
                job = new dev.vigil.collect.gcp.GcpCollectionJob(config, Map.of(), dev.vigil.collect.Shard.ALL);
                answered = () -> gcp.calls().total();
            } else {
                var azure = (dev.vigil.fakecloud.azure.AzureFakeCloud) cloud;
                VigilConfig config = base.withAzure(new dev.vigil.collect.config.AzureConfig(azure.tenantId(), null, null,
                        null, dev.vigil.fakecloud.azure.AzureFakeCloud.CLIENT_ID, "BENCH_SECRET",
                        azure.endpoint().toString(), azure.endpoint().toString(), azure.caCertificatePem().toString()));
                job = new dev.vigil.collect.azure.AzureCollectionJob(config,
                        Map.of("BENCH_SECRET", dev.vigil.fakecloud.azure.AzureFakeCloud.CLIENT_SECRET),
                        dev.vigil.collect.Shard.ALL);
                answered = () -> azure.calls().total();
            }
            System.gc();
            HeapSampler.reset();
            long start = System.nanoTime();
            Manifest m = new dev.vigil.collect.MultiCloudCollection(java.util.List.of(job))
                    .run(SnapshotWriter.create(dir, Main.VERSION));
            double wall = (System.nanoTime() - start) / 1e9;
            long resources = m.targets().stream().mapToLong(t -> t.resourceCount() == null ? 0 : t.resourceCount()).sum();
            System.out.printf("%s: %d targets (%s), %d resources, %d gaps in %.1f s (generation %.1f s); %d calls "
                            + "answered by the fake at %d ms latency; peak heap %d MiB%n", provider, m.targets().size(),
                    m.status(), resources, m.gaps().size(), wall, generation, answered.getAsLong(), latencyMs,
                    HeapSampler.peakBytes() / (1024 * 1024));
        } finally {
            if (out == null) {
                deleteRecursively(dir);
            }
        }
        return 0;
    }

    private static void deleteRecursively(Path dir) throws java.io.IOException {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }


    /** {@code service:Operation → n} summed per service, largest first: {@code ec2 12,000 · iam 4,100 · ...}. */
    static String callsByService(Map<String, Long> byOperation) {
        Map<String, Long> perService = new TreeMap<>();
        byOperation.forEach((key, n) -> perService.merge(key.substring(0, key.indexOf(':')), n, Long::sum));
        return perService.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> String.format(Locale.ROOT, "%s %,d", e.getKey(), e.getValue()))
                .collect(Collectors.joining(" · "));
    }
}
