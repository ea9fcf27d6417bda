package dev.vigil.report;

import dev.vigil.evaluate.ScanResult;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What the collection behind a scan covered: the snapshot's status, the accounts it did not collect and how
 * many API calls failed. Every report reads it so that none calls clean what the scanner did not see.
 *
 * @param snapshotStatus COMPLETE, PARTIAL or RUNNING (RUNNING: the collection never finished)
 * @param accounts       how many accounts the scan was asked to cover
 * @param notCollected   accounts PENDING, RUNNING or FAILED: nothing about them is known
 * @param gaps           API calls that failed (each hides part of an account that was collected)
 */
public record CollectionCoverage(String snapshotStatus, int accounts, List<ScanResult.AccountInfo> notCollected,
                                 int gaps) {

    public CollectionCoverage {
        notCollected = List.copyOf(notCollected);
    }

    public static CollectionCoverage of(ScanResult result) {
        return new CollectionCoverage(result.snapshotStatus(), result.accounts().size(), result.notCollected(),
                result.gaps().size());
    }

    /** The collection never finished: any account may be missing resources. */
    public boolean unfinished() {
        return "RUNNING".equals(snapshotStatus);
    }

    /** Every account was collected and the collection finished (API gaps aside). */
    public boolean complete() {
        return !unfinished() && notCollected.isEmpty();
    }

    /**
     * Whether every account of the provider was collected by a finished collection. A provider that names no
     * cloud (blank, or {@code multi} as a framework's) is covered only by a complete collection.
     */
    public boolean covers(String provider) {
        return notCollected(provider).isEmpty() && !unfinished();
    }

    /** The provider's accounts not collected; every one of them for a provider that names no cloud. */
    public List<ScanResult.AccountInfo> notCollected(String provider) {
        if (provider == null || provider.isBlank() || provider.equals("multi")) {
            return notCollected;
        }
        return notCollected.stream().filter(a -> a.provider().equals(provider)).toList();
    }

    /**
     * One sentence on what is missing, or empty when complete: {@code 1 of 4 accounts not collected:
     * aws/777788889999 legacy-billing (FAILED)}, and/or that the collection did not finish.
     */
    public String describe() {
        StringBuilder b = new StringBuilder();
        if (!notCollected.isEmpty()) {
            b.append(notCollected.size()).append(" of ").append(accounts)
                    .append(accounts == 1 ? " account" : " accounts").append(" not collected: ")
                    .append(notCollected.stream().map(CollectionCoverage::name).collect(Collectors.joining(", ")));
        }
        if (unfinished()) {
            b.append(b.isEmpty() ? "" : "; ").append("the collection did not finish (snapshot RUNNING)");
        }
        return b.toString();
    }

    /** {@code aws/777788889999 legacy-billing (FAILED)}. */
    public static String name(ScanResult.AccountInfo account) {
        String label = account.name() == null || account.name().isBlank() || account.name().equals(account.id())
                ? "" : " " + account.name();
        return account.provider() + "/" + account.id() + label + " (" + account.status() + ")";
    }
}
