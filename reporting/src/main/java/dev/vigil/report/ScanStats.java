package dev.vigil.report;

import dev.vigil.evaluate.Finding;
import dev.vigil.evaluate.ScanResult;
import dev.vigil.evaluate.Severity;
import dev.vigil.evaluate.Status;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts over every finding, gathered in one pass with no per-finding objects: the summary of
 * findings.json, the HTML charts and the compliance files all read from here.
 */
public final class ScanStats {

    private static final int STATUSES = Status.values().length;
    private static final int SEVERITIES = Severity.values().length;

    private final long[] byStatus = new long[STATUSES];
    private final long[] failBySeverity = new long[SEVERITIES];
    private final Map<AccountKey, long[]> failBySeverityPerAccount = new TreeMap<>();
    private final Map<String, String> accountNames = new TreeMap<>();
    private final Map<String, long[]> byStatusPerService = new TreeMap<>();
    private final Map<String, long[]> byStatusPerCheck = new TreeMap<>();

    /** An account / project / subscription of one provider. */
    public record AccountKey(String provider, String accountUid) implements Comparable<AccountKey> {
        @Override
        public int compareTo(AccountKey other) {
            int c = provider.compareTo(other.provider);
            return c != 0 ? c : accountUid.compareTo(other.accountUid);
        }
    }

    public ScanStats(ScanResult result) {
        for (ScanResult.AccountInfo account : result.accounts()) {
            AccountKey key = new AccountKey(account.provider(), account.id());
            failBySeverityPerAccount.computeIfAbsent(key, k -> new long[SEVERITIES]);
            accountNames.put(key.provider() + "/" + key.accountUid(), nullToEmpty(account.name()));
        }
        for (Finding finding : result.findings()) {
            add(finding);
        }
    }

    private void add(Finding f) {
        int status = f.status().ordinal();
        byStatus[status]++;
        AccountKey account = new AccountKey(f.provider(), f.accountUid());
        long[] accountCounts = failBySeverityPerAccount.get(account);
        if (accountCounts == null) {
            accountCounts = new long[SEVERITIES];
            failBySeverityPerAccount.put(account, accountCounts);
            accountNames.putIfAbsent(f.provider() + "/" + f.accountUid(), nullToEmpty(f.accountName()));
        }
        if (f.status() == Status.FAIL) {
            failBySeverity[f.severity().ordinal()]++;
            accountCounts[f.severity().ordinal()]++;
        }
        byStatusPerService.computeIfAbsent(f.provider() + "/" + f.service(), k -> new long[STATUSES])[status]++;
        byStatusPerCheck.computeIfAbsent(f.checkId(), k -> new long[STATUSES])[status]++;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    public long total() {
        long sum = 0;
        for (long n : byStatus) {
            sum += n;
        }
        return sum;
    }

    public long count(Status status) {
        return byStatus[status.ordinal()];
    }

    /** FAIL (not MUTED) findings of that severity. */
    public long failCount(Severity severity) {
        return failBySeverity[severity.ordinal()];
    }

    /** Accounts sorted by provider then id, each with FAIL counts indexed by {@link Severity#ordinal()}. */
    public Map<AccountKey, long[]> failBySeverityPerAccount() {
        return Collections.unmodifiableMap(failBySeverityPerAccount);
    }

    public String accountName(AccountKey key) {
        return accountNames.getOrDefault(key.provider() + "/" + key.accountUid(), "");
    }

    /** {@code provider/service} to counts indexed by {@link Status#ordinal()}. */
    public Map<String, long[]> byStatusPerService() {
        return Collections.unmodifiableMap(byStatusPerService);
    }

    /** Check id to counts indexed by {@link Status#ordinal()}; checks without findings are absent. */
    public Map<String, long[]> byStatusPerCheck() {
        return Collections.unmodifiableMap(byStatusPerCheck);
    }

    public long checkCount(String checkId, Status status) {
        long[] counts = byStatusPerCheck.get(checkId);
        return counts == null ? 0 : counts[status.ordinal()];
    }
}
