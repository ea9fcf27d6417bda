package dev.vigil.collect.credentials;

/**
 * How the scan enters one account: with the scanner's own credentials, or by sts:AssumeRole into a role.
 *
 * @param roleArn    the role to assume, or {@code null} for the scanner's own credentials
 * @param externalId for the role's trust policy, or {@code null}
 * @param reason     why this way, for the log and for a failure's message
 */
public record AccountEntry(String accountId, String roleArn, String externalId, String reason) {

    public static AccountEntry ownCredentials(String accountId, String reason) {
        return new AccountEntry(accountId, null, null, reason);
    }

    public static AccountEntry assumeRole(String accountId, String roleArn, String externalId, String reason) {
        return new AccountEntry(accountId, roleArn, externalId, reason);
    }

    public boolean assumesRole() {
        return roleArn != null;
    }

    /** E.g. "with the scanner's own credentials (the caller is the management account)". */
    public String describe() {
        return (assumesRole() ? "by assuming " + roleArn : "with the scanner's own credentials") + " (" + reason + ")";
    }
}
