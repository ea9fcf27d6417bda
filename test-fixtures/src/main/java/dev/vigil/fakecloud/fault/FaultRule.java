package dev.vigil.fakecloud.fault;

/**
 * A fault to inject. Each of accountId, region, service and operation is an exact value or {@code "*"}.
 * The service is the SigV4 signing name (sts, iam, organizations, s3, s3control, ec2, kms, cloudtrail, tagging,
 * ce). For {@link FaultKind#ASSUME_ROLE_FAIL} the account is the account being entered and only
 * sts:AssumeRole matches.
 *
 * @param times       how many calls to fault; -1 = every matching call
 * @param probability the fraction of matching calls to fault, in (0, 1]; the draws are seeded by the rule, so the
 *                    same sequence of calls is faulted the same way every run
 */
public record FaultRule(String accountId, String region, String service, String operation, FaultKind kind,
        int times, double probability) {

    public FaultRule {
        accountId = orAny(accountId);
        region = orAny(region);
        service = orAny(service);
        operation = orAny(operation);
        if (kind == null) {
            throw new IllegalArgumentException("fault kind is required");
        }
        if (times < -1 || times == 0) {
            throw new IllegalArgumentException("times must be -1 (always) or positive, got " + times);
        }
        if (!(probability > 0 && probability <= 1)) {
            throw new IllegalArgumentException("probability must be in (0, 1], got " + probability);
        }
    }

    /** Faults every matching call (or the first {@code times}). */
    public FaultRule(String accountId, String region, String service, String operation, FaultKind kind, int times) {
        this(accountId, region, service, operation, kind, times, 1.0);
    }

    public static FaultRule always(String accountId, String service, String operation, FaultKind kind) {
        return new FaultRule(accountId, "*", service, operation, kind, -1);
    }

    /** Faults {@code probability} of the matching calls, however many there are. */
    public static FaultRule fraction(String accountId, String region, String service, String operation,
            FaultKind kind, double probability) {
        return new FaultRule(accountId, region, service, operation, kind, -1, probability);
    }

    /** The syntax of {@link #parse}, for usage and error messages. */
    public static final String SYNTAX = "KIND:account:region:service:operation[:fraction] with KIND one of "
            + "access-denied, throttle, server-error, truncated-body, hang, assume-role-fail; '*' or empty matches any";

    /**
     * Reads {@code KIND:account:region:service:operation[:fraction]}, e.g. {@code throttle:*:*:ec2:DescribeInstances:0.3}
     * or {@code hang:111122223333:*:kms:*}: every matching call (or the fraction given) is faulted.
     *
     * @throws IllegalArgumentException naming what is wrong and the expected syntax
     */
    public static FaultRule parse(String text) {
        String[] parts = text == null ? new String[0] : text.split(":", -1);
        if (parts.length != 5 && parts.length != 6) {
            throw new IllegalArgumentException("'" + text + "' has " + parts.length + " fields; expected " + SYNTAX);
        }
        FaultKind kind;
        try {
            kind = FaultKind.valueOf(parts[0].strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + text + "': unknown fault kind '" + parts[0] + "'; expected "
                    + SYNTAX, e);
        }
        double fraction = 1.0;
        if (parts.length == 6) {
            try {
                fraction = Double.parseDouble(parts[5].strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + text + "': fraction '" + parts[5] + "' is not a number in (0, 1]",
                        e);
            }
            if (!(fraction > 0 && fraction <= 1)) {
                throw new IllegalArgumentException("'" + text + "': fraction must be in (0, 1], got " + parts[5]);
            }
        }
        return new FaultRule(parts[1].strip(), parts[2].strip(), parts[3].strip(), parts[4].strip(), kind, -1,
                fraction);
    }

    boolean matches(String account, String reg, String svc, String op) {
        return any(accountId, account) && any(region, reg) && any(service, svc) && any(operation, op);
    }

    boolean matchesAccount(String account) {
        return any(accountId, account);
    }

    private static boolean any(String pattern, String value) {
        return "*".equals(pattern) || pattern.equals(value);
    }

    private static String orAny(String value) {
        return value == null || value.isBlank() ? "*" : value;
    }
}
