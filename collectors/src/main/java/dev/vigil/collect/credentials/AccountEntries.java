package dev.vigil.collect.credentials;

import dev.vigil.collect.config.ConfigException;
import dev.vigil.collect.config.ManagementRoleConfig;
import dev.vigil.collect.config.RoleConfig;

/**
 * Decides how each account is entered. Member accounts: the member role ({@code role.name} /
 * {@code role.arn_template}). The management account: {@code role.management} when configured; else the
 * scanner's own credentials when they belong to the management account (the member role is usually not
 * deployed there); else the member role like any account. In single-account mode: the own credentials.
 */
public final class AccountEntries {
    private final RoleConfig role;
    private final boolean singleAccount;
    private final String callerAccountId;

    /**
     * @param managementAccountId the organization's management account, or {@code null} in single-account mode
     * @throws ConfigException when {@code role.management.arn} names another account than the management account
     */
    public AccountEntries(RoleConfig role, boolean singleAccount, String callerAccountId, String managementAccountId) {
        this.role = role;
        this.singleAccount = singleAccount;
        this.callerAccountId = callerAccountId;
        ManagementRoleConfig management = role.management();
        String arnAccount = management == null ? null : management.arnAccount();
        if (!singleAccount && arnAccount != null && managementAccountId != null
                && !arnAccount.equals(managementAccountId)) {
            throw new ConfigException("role.management.arn " + management.arn() + " is in account " + arnAccount
                    + ", but the organization's management account is " + managementAccountId);
        }
    }

    public AccountEntry of(String accountId, boolean management) {
        if (singleAccount) {
            return AccountEntry.ownCredentials(accountId, "single-account mode");
        }
        if (management && role.management() != null) {
            return AccountEntry.assumeRole(accountId, role.management().roleArn(accountId),
                    role.managementExternalId(), "role.management is configured");
        }
        if (management && accountId.equals(callerAccountId)) {
            return AccountEntry.ownCredentials(accountId, "the caller is the management account");
        }
        return AccountEntry.assumeRole(accountId, role.roleArn(accountId), role.externalId(),
                management ? "the management account, entered through the member role from account "
                        + callerAccountId : "member role");
    }
}
