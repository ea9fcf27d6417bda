package dev.vigil.fakecloud.fault;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The fault rules in force; rules can be added and cleared while the fake cloud serves. Calls faulted with
 * {@link FaultKind#HANG} are held in {@link #hung()}.
 */
public final class Faults {
    /** The longest a hung call is held before its connection is closed. */
    public static final java.time.Duration HANG_BOUND = java.time.Duration.ofMinutes(10);

    private final List<Active> rules = new CopyOnWriteArrayList<>();
    private final HungCalls hung = new HungCalls(HANG_BOUND);

    private record Active(FaultRule rule, AtomicInteger remaining, Random draws) {
        /** Whether this matching call is in the faulted fraction; one draw per matching call, in call order. */
        boolean drawn() {
            if (rule.probability() >= 1) {
                return true;
            }
            synchronized (draws) {
                return draws.nextDouble() < rule.probability();
            }
        }
    }

    public void add(FaultRule rule) {
        rules.add(new Active(rule, new AtomicInteger(rule.times()), new Random(rule.toString().hashCode())));
    }

    public void clear() {
        rules.clear();
    }

    /** Where the routers put the calls they must never answer; released when the fake cloud stops. */
    public HungCalls hung() {
        return hung;
    }

    /** The fault for a call, consuming one use of the first matching rule. AssumeRole failures are separate. */
    public Optional<FaultKind> match(String account, String region, String service, String operation) {
        for (Active a : rules) {
            if (a.rule().kind() != FaultKind.ASSUME_ROLE_FAIL && a.rule().matches(account, region, service, operation)
                    && a.drawn() && take(a)) {
                return Optional.of(a.rule().kind());
            }
        }
        return Optional.empty();
    }

    /** Whether sts:AssumeRole into {@code targetAccount} must fail. */
    public boolean assumeRoleFails(String targetAccount) {
        for (Active a : rules) {
            if (a.rule().kind() == FaultKind.ASSUME_ROLE_FAIL && a.rule().matchesAccount(targetAccount)
                    && a.drawn() && take(a)) {
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
