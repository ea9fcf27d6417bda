package dev.vigil.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.rego.engine.PolicyEngine;
import dev.vigil.rego.value.NullValue;
import dev.vigil.rego.value.ObjectValue;
import dev.vigil.rego.value.StringValue;
import dev.vigil.rego.value.Value;
import dev.vigil.rego.value.Values;
import dev.vigil.snapshot.ResourceTypes;
import dev.vigil.snapshot.SnapshotJson;
import dev.vigil.snapshot.SnapshotReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * The evaluate stage: judges every resource of a snapshot with every check that applies to its type,
 * account by account in parallel, and returns the findings with the collection's gaps.
 */
public final class ScanEvaluator {
    private final PolicyLibrary library;
    private final PolicyEngineFactory engines;
    private final EvaluationSettings settings;

    public ScanEvaluator(PolicyLibrary library, PolicyEngineFactory engines, EvaluationSettings settings) {
        this.library = library;
        this.engines = engines;
        this.settings = settings;
    }

    public ScanResult evaluate(SnapshotReader snapshot) {
        return evaluate(List.of(snapshot));
    }

    /**
     * Evaluates several snapshots as one scan, e.g. the shards of an org collected in parallel. Accounts are read and
     * judged one at a time per thread: the records of an account are released once it is judged, so the heap holds
     * the findings and the records of at most {@code threads} accounts.
     */
    public ScanResult evaluate(List<SnapshotReader> snapshots) {
        Deadlines deadlines = new Deadlines(settings.timeLimits(), System.nanoTime());
        JsonNode manifest = ManifestMerge.of(snapshots.stream()
                .map(s -> (JsonNode) SnapshotJson.mapper().valueToTree(s.manifest())).toList());
        OrgIndex orgs = new OrgIndex(manifest);
        Collection<AccountSource> accounts = AccountSource.of(snapshots, orgs);
        String finishedAt = manifest.path("finished_at").asText(manifest.path("started_at").asText(Instant.now().toString()));
        long nowNs = toNanos(finishedAt);
        FindingBuilder findings = new FindingBuilder(new FindingBuilder.FrameworkIndex(library.frameworks()),
                settings.waivers(), finishedAt);

        // data.vigil.org is the account's own org tree: one engine per tree (a run may hold several per cloud)
        Map<String, PolicyEngine> engineByOrg = new HashMap<>();
        Map<String, List<ScanResult.GapInfo>> gapsByAccount = new HashMap<>();
        for (ScanResult.GapInfo g : gaps(manifest)) {
            gapsByAccount.computeIfAbsent(g.provider() + "/" + g.accountId(), k -> new ArrayList<>()).add(g);
        }
        List<Supplier<List<Finding>>> work = new ArrayList<>();
        for (AccountSource a : accounts) {
            String provider = a.context().provider();
            String id = a.context().id();
            PolicyEngine engine = engineByOrg.computeIfAbsent(orgs.orgKey(provider, id),
                    k -> engines.create(library.modules(), data(orgs.orgOf(provider, id), nowNs)));
            List<ScanResult.GapInfo> gaps = gapsByAccount.getOrDefault(a.key(), List.of());
            work.add(() -> judge(a, new AccountEvaluation(library, engine, findings, deadlines), gaps));
        }
        List<Finding> all = new ArrayList<>();
        try {
            all.addAll(settings.threads() == 1 ? runInline(work) : runParallel(work));
        } finally {
            for (PolicyEngine e : engineByOrg.values()) {
                closeQuietly(e);
            }
        }
        all.addAll(notCollectedFindings(orgs, manifest, findings));
        all.sort(Comparator.comparing(Finding::provider).thenComparing(Finding::accountUid)
                .thenComparing(Finding::checkId).thenComparing(Finding::resourceUid));
        return new ScanResult(manifest.path("scan_id").asText(), manifest.path("tool_version").asText(),
                manifest.path("started_at").asText(), finishedAt, accountInfos(orgs, manifest), gaps(manifest),
                library.checks(), library.frameworks(), all, List.of(), manifest.path("status").asText("RUNNING"));
    }

    /** Reads one account, judges it, and lets its records go; a heap exhausted outside a policy names both. */
    private static List<Finding> judge(AccountSource account, AccountEvaluation evaluation,
                                       List<ScanResult.GapInfo> gaps) {
        try {
            return evaluation.run(account.context(), account.readRecords(), gaps);
        } catch (OutOfMemoryError e) {
            CheckMetadata check = evaluation.current();
            OutOfMemoryError named = new OutOfMemoryError(e.getMessage() + " while evaluating account " + account.key()
                    + (check == null ? "" : " (last policy: " + Deadlines.named(check) + ")"));
            named.initCause(e);
            throw named;
        }
    }

    /**
     * For every account the collection did not finish (FAILED, or PENDING when it stopped), one UNKNOWN finding per
     * check of its cloud: an account the scanner could not enter is not a clean account.
     */
    private List<Finding> notCollectedFindings(OrgIndex orgs, JsonNode manifest, FindingBuilder findings) {
        List<Finding> out = new ArrayList<>();
        for (JsonNode t : manifest.path("targets")) {
            String status = t.path("status").asText();
            if (!ScanResult.NOT_COLLECTED.contains(status)) {
                continue;
            }
            String provider = t.path("provider").asText();
            String id = t.path("account_id").asText();
            AccountContext account = orgs.account(provider, id);
            JsonNode accountResource = account.toAccountResource(orgs.accountUid(provider, id));
            String why = status + (t.path("reason").isTextual() ? ": " + t.path("reason").asText() : "");
            boolean directory = orgs.isDirectory(provider, id);
            for (CheckMetadata check : library.checks()) {
                if (check.provider().equals(provider) && directory == ResourceTypes.DIRECTORY.containsAll(check.resourceTypes())) {
                    out.add(findings.notCollected(check, accountResource, account, why));
                }
            }
        }
        return out;
    }

    private static List<Finding> runInline(List<Supplier<List<Finding>>> work) {
        List<Finding> out = new ArrayList<>();
        for (Supplier<List<Finding>> w : work) {
            out.addAll(w.get());
        }
        return out;
    }

    private List<Finding> runParallel(List<Supplier<List<Finding>>> work) {
        ExecutorService pool = Executors.newFixedThreadPool(settings.threads(), r -> {
            Thread t = new Thread(r, "vigil-evaluate");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<List<Finding>>> futures = new ArrayList<>();
            for (Supplier<List<Finding>> w : work) {
                futures.add(pool.submit(w::get));
            }
            List<Finding> out = new ArrayList<>();
            for (Future<List<Finding>> f : futures) {
                out.addAll(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("evaluation interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        } finally {
            pool.shutdownNow();
        }
    }

    /** {@code data.vigil}: the org tree (watched for reads of what discovery could not see), config, time. */
    private Value data(JsonNode org, long nowNs) {
        ObjectNode vigil = JsonNodeFactory.instance.objectNode();
        vigil.set("config", settings.policyConfig());
        vigil.put("now_ns", nowNs);
        Value orgValue = org == null ? NullValue.INSTANCE
                : UnknownReads.watch(Values.fromJson(org), UnknownReads.of(org.path("unknown")));
        ObjectValue vigilValue = ((ObjectValue) Values.fromJson(vigil)).with(new StringValue("org"), orgValue);
        return ObjectValue.of("vigil", vigilValue);
    }

    private static List<ScanResult.AccountInfo> accountInfos(OrgIndex orgs, JsonNode manifest) {
        Map<String, ScanResult.AccountInfo> out = new LinkedHashMap<>();
        for (JsonNode t : manifest.path("targets")) {
            String provider = t.path("provider").asText();
            String id = t.path("account_id").asText();
            AccountContext c = orgs.account(provider, id);
            String name = t.path("name").asText(c.name());
            out.put(provider + "/" + id, new ScanResult.AccountInfo(provider, id, name, t.path("status").asText(),
                    c.ouPathNames(), c.tags()));
        }
        return new ArrayList<>(out.values());
    }

    private static List<ScanResult.GapInfo> gaps(JsonNode manifest) {
        List<ScanResult.GapInfo> out = new ArrayList<>();
        for (JsonNode g : manifest.path("gaps")) {
            List<String> types = new ArrayList<>();
            g.path("resource_types").forEach(t -> types.add(t.asText()));
            out.add(new ScanResult.GapInfo(g.path("provider").asText(), g.path("account_id").asText(),
                    g.path("region").asText(), g.path("service").asText(), g.path("operation").asText(),
                    g.path("error_code").asText(), g.path("message").asText(), types));
        }
        return out;
    }

    private static long toNanos(String isoInstant) {
        Instant i = Instant.parse(isoInstant);
        return i.getEpochSecond() * 1_000_000_000L + i.getNano();
    }

    private static void closeQuietly(PolicyEngine e) {
        try {
            e.close();
        } catch (Exception ignored) {
            // an engine that fails to release resources must not hide the scan's result
        }
    }
}
