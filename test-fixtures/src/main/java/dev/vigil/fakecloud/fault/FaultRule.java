package dev.vigil.fakecloud.fault;

/**
 * A fault to inject. Each of accountId, region, service and operation is an exact value or {@code "*"}.
 * The service is the SigV4 signing name (sts, iam, organizations, s3, s3control, ec2, kms, cloudtrail, tagging,
 * ce). For {@link FaultKind#ASSUME_ROLE_FAIL} the account is the account being entered and only
 * sts:AssumeRole matches.
 *
 * @param times how many calls to fault; -1 = every matching call
 */
public record FaultRule(String accountId, String region, String service, String operation, FaultKind kind,
        int times) {

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
    }

    public static FaultRule always(String accountId, String service, String operation, FaultKind kind) {
        return new FaultRule(accountId, "*", service, operation, kind, -1);
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
