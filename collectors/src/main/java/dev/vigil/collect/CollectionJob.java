package dev.vigil.collect;

import dev.vigil.collect.aws.AwsCatalog;
import dev.vigil.collect.config.VigilConfig;
import dev.vigil.collect.credentials.AccountEntries;
import dev.vigil.collect.credentials.RoleAssumer;
import dev.vigil.collect.discover.AwsDiscovery;
import dev.vigil.collect.discover.PlannedAccount;
import dev.vigil.collect.discover.ScanPlan;
import dev.vigil.collect.engine.ClientFactory;
import dev.vigil.collect.engine.Endpoints;
import dev.vigil.collect.engine.WireLogging;
import dev.vigil.collect.ratelimit.RateLimiters;
import dev.vigil.collect.resilience.CallResilience;
import dev.vigil.snapshot.Manifest;
import dev.vigil.snapshot.SnapshotWriter;
import dev.vigil.snapshot.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache.ApacheHttpClient;

/**
 * One collection run: discover, then collect every account with bounded parallelism (accounts at a time,
 * and calls in flight across all of them), writing the snapshot as targets finish.
 */
public final class CollectionJob implements ProviderCollection {
    private final CollectOptions options;
    private final Shard shard;

    public CollectionJob(CollectOptions options) {
        this(options, Shard.ALL);
    }

    /** Collects only the accounts of {@code shard}; the others belong to other runs and are not listed. */
    public CollectionJob(CollectOptions options, Shard shard) {
        WireLogging.keepBodiesOut();
        this.options = options;
        this.shard = shard;
    }

    /** Collects and finishes the snapshot: AWS alone. */
    public Manifest run(SnapshotWriter writer) {
        collect(writer);
        return writer.finish();
    }

    @Override
    public String provider() {
        return "aws";
    }

    @Override
    public void collect(SnapshotWriter writer) {
        VigilConfig config = options.config();
        int workers = config.concurrency().workers();
        ExecutorService workerPool = Executors.newFixedThreadPool(workers, DaemonThreads.named("vigil-call"));
        ExecutorService accountPool = Executors.newFixedThreadPool(config.concurrency().accounts(),
                DaemonThreads.named("vigil-account"));
        try (SdkHttpClient http = ApacheHttpClient.builder().maxConnections(workers * 2 + 8)
                .connectionTimeout(config.timeouts().connect()).socketTimeout(config.timeouts().read()).build()) {
            ClientFactory factory = new ClientFactory(http,
                    new Endpoints(config.endpointOverride(), options.environment()),
                    new RateLimiters(config.rateLimits()), options.callListener(), options.extraInterceptors(),
                    CallResilience.of(config));
            ScanPlan plan = new AwsDiscovery(factory, options.baseCredentials(), config, workerPool).discover();
            // before anything is written: a role.management.arn outside the management account is a config error
            AccountEntries entries = new AccountEntries(config.role(), config.singleAccount(), plan.callerAccountId(),
                    plan.managementAccountId());
            plan.org().ifPresent(writer::addOrg);
            writer.addGaps(plan.gaps());

            List<PlannedAccount> todo = new ArrayList<>();
            List<Target> pending = new ArrayList<>();
            int skipped = 0;
            int done = 0;
            for (PlannedAccount account : plan.accounts()) {
                if (!shard.owns(account.id())) {
                    continue;
                }
                if (writer.isSettled("aws", account.id())) {
                    done++;
                } else if (!account.collected()) {
                    writer.skipTarget("aws", account.id(), account.name(), account.skipReason());
                    skipped++;
                } else {
                    todo.add(account);
                    pending.add(Target.pending("aws", account.id(), account.name()));
                }
            }
            writer.declareTargets(pending);
            if (options.maxTargets() > 0 && todo.size() > options.maxTargets()) {
                todo = todo.subList(0, options.maxTargets());
            }
            options.progress().discovered(todo.size(), skipped, done);

            Set<String> costAccounts = plan.org().isEmpty() ? Set.of() : plan.accounts().stream()
                    .filter(PlannedAccount::collected).map(PlannedAccount::id).collect(Collectors.toSet());
            AccountRunner runner = new AccountRunner(config, factory, entries,
                    new RoleAssumer(factory, options.baseCredentials(), config.role()), options.baseCredentials(),
                    AwsCatalog.standard(options.clock(), options.reportPollMillis()), workerPool, writer,
                    plan.knownRegions(), costAccounts);
            List<CompletableFuture<Void>> futures = new ArrayList<>();
            for (PlannedAccount account : todo) {
                futures.add(CompletableFuture.runAsync(() -> options.progress().targetDone(runner.run(account)),
                        accountPool));
            }
            futures.forEach(CompletableFuture::join);
        } finally {
            accountPool.shutdownNow();
            workerPool.shutdownNow();
        }
    }

}
