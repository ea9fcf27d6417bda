package dev.vigil.collect;

import dev.vigil.collect.aws.AwsCatalog;
import dev.vigil.collect.aws.AwsServices;
import dev.vigil.collect.config.VigilConfig;
import dev.vigil.collect.credentials.AccountEntries;
import dev.vigil.collect.credentials.AccountEntry;
import dev.vigil.collect.credentials.RoleAssumer;
import dev.vigil.collect.discover.AwsDiscovery;
import dev.vigil.collect.discover.PlannedAccount;
import dev.vigil.collect.engine.AccountClients;
import dev.vigil.collect.engine.AccountContext;
import dev.vigil.collect.engine.ClientFactory;
import dev.vigil.collect.engine.Collector;
import dev.vigil.collect.engine.ErrorInfo;
import dev.vigil.collect.engine.Scope;
import dev.vigil.collect.engine.TaskGroup;
import dev.vigil.collect.engine.UnitContext;
import dev.vigil.snapshot.Gap;
import dev.vigil.snapshot.ResourceRecord;
import dev.vigil.snapshot.SnapshotWriter;
import dev.vigil.snapshot.Target;
import dev.vigil.snapshot.TargetFile;
import dev.vigil.text.VisibleText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;

/**
 * Collects one account: enter it, find its enabled regions, run every unit on the shared worker pool,
 * write its file. Any failure stays inside the account as gaps; only a failed AssumeRole fails the target. The
 * management account may be entered with the scanner's own credentials (see {@link AccountEntries}).
 */
final class AccountRunner {
    private static final Logger LOG = LoggerFactory.getLogger(AccountRunner.class);
    private static final Set<String> ENABLED = Set.of("opt-in-not-required", "opted-in", "unknown");

    private final VigilConfig config;
    private final ClientFactory factory;
    private final AccountEntries entries;
    private final RoleAssumer assumer;
    private final AwsCredentialsProvider base;
    private final AwsCatalog catalog;
    private final ExecutorService workers;
    private final SnapshotWriter writer;
    private final Map<String, String> knownRegions;
    private final Set<String> costAccounts;

    AccountRunner(VigilConfig config, ClientFactory factory, AccountEntries entries, RoleAssumer assumer,
            AwsCredentialsProvider base, AwsCatalog catalog, ExecutorService workers, SnapshotWriter writer,
            Map<String, String> knownRegions, Set<String> costAccounts) {
        this.config = config;
        this.factory = factory;
        this.entries = entries;
        this.assumer = assumer;
        this.base = base;
        this.catalog = catalog;
        this.workers = workers;
        this.writer = writer;
        this.knownRegions = knownRegions;
        this.costAccounts = costAccounts;
    }

    Target run(PlannedAccount account) {
        Target started = Target.started("aws", account.id(), account.name());
        AtomicInteger stsCalls = new AtomicInteger();
        RoleAssumer.AssumedRole role = null;
        AwsCredentialsProvider credentials = base;
        AccountEntry entry = entries.of(account.id(), account.management());
        if (account.management()) {
            LOG.info("aws: management account {}: entering {}", VisibleText.line(account.id()),
                    VisibleText.line(entry.describe()));
        } else {
            LOG.debug("aws: account {}: entering {}", VisibleText.line(account.id()),
                    VisibleText.line(entry.describe()));
        }
        if (entry.assumesRole()) {
            try {
                role = assumer.enter(entry, stsCalls);
                credentials = role.provider();
            } catch (RuntimeException e) {
                ErrorInfo error = ErrorInfo.of(e);
                Gap gap = new Gap("aws", account.id(), Gap.GLOBAL, "sts", Gap.ASSUME_ROLE, error.code(),
                        error.message(), SnapshotWriter.now());
                return writer.failTarget(started, "cannot assume " + entry.roleArn() + ": " + error.code() + ": "
                        + error.message() + hint(account), List.of(gap), stsCalls.get());
            }
        }
        try (AccountClients clients = new AccountClients(factory, account.id(), credentials)) {
            List<Gap> regionGaps = new ArrayList<>();
            AccountContext context = AccountContext.of(account.id(), clients, regions(account, clients, regionGaps),
                    account.management(), costAccounts, new TaskGroup(workers));
            context.gaps().addAll(regionGaps);
            runUnits(context);
            return write(started, context, clients.calls() + stsCalls.get());
        } finally {
            if (role != null) {
                role.close();
            }
        }
    }

    /** For a management account the member role could not enter: how to give it a role of its own. */
    private String hint(PlannedAccount account) {
        return account.management() && config.role().management() == null
                ? " (the member role is often not deployed in the management account: deploy it there, set "
                        + "role.management in vigil.yaml, or run the scanner with the management account's credentials)"
                : "";
    }

    /** Enabled regions of this account (DescribeRegions), intersected with the configured ones. */
    private Map<String, String> regions(PlannedAccount account, AccountClients clients, List<Gap> gaps) {
        AccountContext probe = AccountContext.of(account.id(), clients, Map.of(), false, Set.of(),
                new TaskGroup(workers));
        Map<String, String> all = new UnitContext(probe, "us-east-1").call(AwsDiscovery.DESCRIBE_REGIONS,
                () -> AwsDiscovery.describeRegions(clients.get(AwsServices.EC2, "us-east-1"))).orElse(null);
        gaps.addAll(probe.gapsSnapshot());
        Map<String, String> source = all != null ? all : knownRegions;
        Map<String, String> enabled = new LinkedHashMap<>();
        source.forEach((region, status) -> {
            boolean wanted = config.regions().isEmpty() || config.regions().contains(region);
            if (wanted && ENABLED.contains(status)) {
                enabled.put(region, status);
            }
        });
        return enabled;
    }

    private void runUnits(AccountContext context) {
        for (List<Collector> unit : catalog.units()) {
            Scope scope = unit.get(0).scope();
            if (scope == Scope.REGIONAL) {
                for (String region : context.regions()) {
                    submit(context, region, unit);
                }
            } else if (scope == Scope.GLOBAL || scope == Scope.MANAGEMENT && context.management()
                    || scope == Scope.ORGANIZATION && context.management() && !config.singleAccount()) {
                submit(context, UnitContext.GLOBAL, unit);
            }
        }
        context.tasks().awaitAll();
    }

    private void submit(AccountContext context, String region, List<Collector> unit) {
        UnitContext unitContext = new UnitContext(context, region);
        unitContext.spawn(unit.get(0).name(), () -> {
            for (Collector collector : unit) {
                try {
                    collector.collect(unitContext);
                } catch (RuntimeException e) {
                    // a crash in one collector is a gap; the next collectors of the unit still run
                    ErrorInfo error = ErrorInfo.of(e);
                    context.gaps().add(new Gap("aws", context.accountId(), region, collector.name(), collector.name(),
                            error.code(), error.message(), SnapshotWriter.now()));
                }
            }
        });
    }

    private Target write(Target started, AccountContext context, int calls) {
        List<ResourceRecord> records = new ArrayList<>(context.recordsSnapshot());
        records.sort(Comparator.comparing(ResourceRecord::type).thenComparing(ResourceRecord::region)
                .thenComparing(r -> String.valueOf(r.id())));
        List<Gap> gaps = new ArrayList<>(context.gapsSnapshot());
        gaps.sort(Comparator.comparing(Gap::region).thenComparing(Gap::service).thenComparing(Gap::operation));
        TargetFile file = writer.openTarget("aws", context.accountId());
        try {
            records.forEach(file::write);
            return writer.completeTarget(started, file, gaps, calls);
        } finally {
            file.close();
        }
    }
}
