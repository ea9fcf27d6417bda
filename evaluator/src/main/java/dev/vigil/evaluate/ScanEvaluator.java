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
import dev.vigil.snapshot.OrgTree;
import dev.vigil.snapshot.SnapshotJson;
import dev.vigil.snapshot.UnknownInput;
import dev.vigil.snapshot.SnapshotReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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

    /** Evaluates several snapshots as one scan, e.g. the shards of an org collected in parallel. */
    public ScanResult evaluate(List<SnapshotReader> snapshots) {
        JsonNode manifest = ManifestMerge.of(snapshots.stream()
                .map(s -> (JsonNode) SnapshotJson.mapper().valueToTree(s.manifest())).toList());
        OrgIndex orgs = new OrgIndex(manifest);
        Map<String, AccountRecords> accounts = new LinkedHashMap<>();
        for (SnapshotReader snapshot : snapshots) {
            readAccounts(snapshot, orgs, SnapshotJson.mapper().valueToTree(snapshot.manifest()), accounts);
        }
        String finishedAt = manifest.path("finished_at").asText(manifest.path("started_at").asText(Instant.now().toString()));
        long nowNs = toNanos(finishedAt);
        FindingBuilder findings = new FindingBuilder(new FindingBuilder.FrameworkIndex(library.frameworks()),
                settings.waivers(), finishedAt);

        // data.vigil.org is the account's own org tree: one engine per tree (a run may hold several per cloud)
        Map<String, PolicyEngine> engineByOrg = new HashMap<>();
        for (AccountRecords a : accounts.values()) {
            String provider = a.context.provider();
            String id = a.context.id();
            a.engineKey = orgs.orgKey(provider, id);
            engineByOrg.computeIfAbsent(a.engineKey,
                    k -> engines.create(library.modules(), data(orgs.orgOf(provider, id), nowNs)));
        }
        Map<String, List<ScanResult.GapInfo>> gapsByAccount = new HashMap<>();
        for (ScanResult.GapInfo g : gaps(manifest)) {
            gapsByAccount.computeIfAbsent(g.provider() + "/" + g.accountId(), k -> new ArrayList<>()).add(g);
        }
        List<Finding> all = new ArrayList<>();
        try {
            if (settings.threads() == 1) {
                for (AccountRecords a : accounts.values()) {
                    all.addAll(new AccountEvaluation(library, engineByOrg.get(a.engineKey), findings)
                            .run(a.context, a.records, gapsOf(gapsByAccount, a)));
                }
            } else {
                all.addAll(runParallel(accounts, engineByOrg, findings, gapsByAccount));
            }
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
            for (CheckMetadata check : library.checks()) {
                if (check.provider().equals(provider)) {
                    out.add(findings.notCollected(check, accountResource, account, why));
                }
            }
        }
        return out;
    }

    private List<Finding> runParallel(Map<String, AccountRecords> accounts, Map<String, PolicyEngine> engineByOrg,
                                      FindingBuilder findings, Map<String, List<ScanResult.GapInfo>> gapsByAccount) {
        ExecutorService pool = Executors.newFixedThreadPool(settings.threads(), r -> {
            Thread t = new Thread(r, "vigil-evaluate");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<List<Finding>>> futures = new ArrayList<>();
            for (AccountRecords a : accounts.values()) {
                PolicyEngine engine = engineByOrg.get(a.engineKey);
                List<ScanResult.GapInfo> gaps = gapsOf(gapsByAccount, a);
                futures.add(pool.submit(() -> new AccountEvaluation(library, engine, findings)
                        .run(a.context, a.records, gaps)));
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
            throw new IllegalStateException(cause);
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<ScanResult.GapInfo> gapsOf(Map<String, List<ScanResult.GapInfo>> byAccount, AccountRecords a) {
        return byAccount.getOrDefault(a.context.provider() + "/" + a.context.id(), List.of());
    }

    private static void readAccounts(SnapshotReader snapshot, OrgIndex orgs, JsonNode manifest,
                                     Map<String, AccountRecords> accounts) {
        for (JsonNode t : manifest.path("targets")) {
            String status = t.path("status").asText();
            if (status.equals("COMPLETE") || status.equals("PARTIAL")) {
                String provider = t.path("provider").asText();
                String id = t.path("account_id").asText();
                AccountRecords a = accounts.computeIfAbsent(provider + "/" + id,
                        k -> new AccountRecords(orgs.account(provider, id)));
                ObjectNode accountResource = a.context.toAccountResource(orgs.accountUid(provider, id));
                JsonNode org = orgs.orgOf(provider, id);
                if (org != null) {
                    // the account's own tags come from the org tree: unread there, unknown here
                    for (JsonNode u : org.path("unknown")) {
                        if (OrgTree.ACCOUNT_TAGS.equals(u.path("attribute").asText())) {
                            accountResource.withArray("unknown").add(((ObjectNode) u.deepCopy())
                                    .put("attribute", UnknownInput.TAGS));
                        }
                    }
                }
                a.records.add(accountResource);
            }
        }
        snapshot.forEachRecord(record -> {
            JsonNode json = SnapshotJson.mapper().valueToTree(record);
            accounts.computeIfAbsent(record.provider() + "/" + record.accountId(),
                    k -> new AccountRecords(orgs.account(record.provider(), record.accountId()))).records.add(json);
        });
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

    private static final class AccountRecords {
        final AccountContext context;
        final List<JsonNode> records = new ArrayList<>();
        String engineKey;

        AccountRecords(AccountContext context) {
            this.context = context;
        }
    }
}
