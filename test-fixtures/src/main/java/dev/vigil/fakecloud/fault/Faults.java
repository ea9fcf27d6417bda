package dev.vigil.fakecloud.fault;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** The fault rules in force; rules can be added and cleared while the fake cloud serves. */
public final class Faults {
    private final List<Active> rules = new CopyOnWriteArrayList<>();

    private record Active(FaultRule rule, AtomicInteger remaining) {
    }

    public void add(FaultRule rule) {
        rules.add(new Active(rule, new AtomicInteger(rule.times())));
    }

    public void clear() {
        rules.clear();
    }

    /** The fault for a call, consuming one use of the first matching rule. AssumeRole failures are separate. */
    public Optional<FaultKind> match(String account, String region, String service, String operation) {
        for (Active a : rules) {
            if (a.rule().kind() != FaultKind.ASSUME_ROLE_FAIL && a.rule().matches(account, region, service, operation)
                    && take(a)) {
                return Optional.of(a.rule().kind());
            }
        }
        return Optional.empty();
    }

    /** Whether sts:AssumeRole into {@code targetAccount} must fail. */
    public boolean assumeRoleFails(String targetAccount) {
        for (Active a : rules) {
            if (a.rule().kind() == FaultKind.ASSUME_ROLE_FAIL && a.rule().matchesAccount(targetAccount)
                    && take(a)) {
                return true;
            }
        }
        return false;
    }

    private static boolean take(Active a) {
        if (a.rule().times() < 0) {
            return true;
        }
        return a.remaining().getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0;
    }
}
