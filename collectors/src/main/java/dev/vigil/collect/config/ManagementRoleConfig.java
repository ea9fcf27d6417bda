package dev.vigil.collect.config;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code role.management}: the role to enter the organization's management account with, instead of the
 * scanner's own credentials (when the scanner runs there) or the member role (when it runs elsewhere).
 * Exactly one of {@code name} (a role in the management account) and {@code arn} is given.
 *
 * @param externalId for the role's trust policy; {@code role.external_id} when absent
 */
public record ManagementRoleConfig(String name, String arn, String externalId) {
    private static final Pattern ROLE_ARN = Pattern.compile("arn:aws[a-z-]*:iam::(\\d{12}):role/[\\w+=,.@/-]+");

    /** Why these values cannot be used, or {@code null} when they can; {@link VigilConfig#validate} reports it. */
    String problem() {
        boolean hasName = name != null && !name.isBlank();
        boolean hasArn = arn != null && !arn.isBlank();
        if (hasName == hasArn) {
            return "give either name (a role in the management account) or arn, " + (hasName ? "not both" : "got neither");
        }
        if (hasArn && !ROLE_ARN.matcher(arn).matches()) {
            return "arn must be an IAM role ARN (arn:aws:iam::<12-digit account>:role/<name>), got " + arn;
        }
        if (hasName && !name.matches("[\\w+=,.@-]+")) {
            return "name must be a role name without a path, got " + name;
        }
        return null;
    }

    /** The ARN to assume in {@code managementAccountId}. */
    public String roleArn(String managementAccountId) {
        return arn != null && !arn.isBlank() ? arn : "arn:aws:iam::" + managementAccountId + ":role/" + name;
    }

    /** The account of a configured {@code arn}, or {@code null} when only a name is given. */
    public String arnAccount() {
        if (arn == null || arn.isBlank()) {
            return null;
        }
        Matcher m = ROLE_ARN.matcher(arn);
        return m.matches() ? m.group(1) : null;
    }
}
