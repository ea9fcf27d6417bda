package dev.vigil.fakecloud;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.LongAdder;

/** Every call the fake cloud answered, counted per {@code service:Operation} and per account. */
public final class CallLog {
    private final Map<String, LongAdder> byOperation = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> byAccount = new ConcurrentHashMap<>();
    private final LongAdder total = new LongAdder();
    private final LongAdder faults = new LongAdder();
    private final List<String> mutating = new CopyOnWriteArrayList<>();
    private final List<String> assumeRoleArns = new CopyOnWriteArrayList<>();

    public void record(String service, String operation, String accountId) {
        total.increment();
        byOperation.computeIfAbsent(service + ":" + operation, k -> new LongAdder()).increment();
        if (accountId != null) {
            byAccount.computeIfAbsent(accountId, k -> new LongAdder()).increment();
        }
    }

    public void recordMutating(String service, String operation, String accountId, String region) {
        mutating.add(service + ":" + operation + " account=" + accountId + " region=" + region);
    }

    /** An sts:AssumeRole request for {@code roleArn}, whether it was granted or refused. */
    public void recordAssumeRole(String roleArn) {
        assumeRoleArns.add(roleArn);
    }

    public void recordFault() {
        faults.increment();
    }

    public long total() {
        return total.sum();
    }

    public long count(String service, String operation) {
        LongAdder n = byOperation.get(service + ":" + operation);
        return n == null ? 0 : n.sum();
    }

    public long countForAccount(String accountId) {
        LongAdder n = byAccount.get(accountId);
        return n == null ? 0 : n.sum();
    }

    /** {@code service:Operation} → count, sorted. */
    public Map<String, Long> byOperation() {
        Map<String, Long> out = new TreeMap<>();
        byOperation.forEach((k, v) -> out.put(k, v.sum()));
        return out;
    }

    public long faultsInjected() {
        return faults.sum();
    }

    /** The role ARN of every sts:AssumeRole request, in arrival order, granted or refused. */
    public List<String> assumeRoleArns() {
        return List.copyOf(assumeRoleArns);
    }

    /** Every refused non-read call: {@code service:Operation account=... region=...}. */
    public List<String> mutatingCalls() {
        return List.copyOf(mutating);
    }
}
