package dev.vigil.collect.config;

/**
 * How to enter each account. {@code arnTemplate} wins over {@code name}; {@code {account_id}} is replaced.
 *
 * @param sessionDurationSeconds 900 to 43200
 * @param management             the role for the organization's management account, or {@code null}: then the
 *                               management account is entered with the scanner's own credentials when they belong
 *                               to it, else with the member role like any account
 */
public record RoleConfig(String name, String arnTemplate, String externalId, String sessionName,
        Integer sessionDurationSeconds, ManagementRoleConfig management) {
    public static final String DEFAULT_NAME = "VigilScanner";
    public static final String ACCOUNT_PLACEHOLDER = "{account_id}";
    public static final RoleConfig DEFAULT = new RoleConfig(null, null, null, null, null, null);

    public RoleConfig {
        sessionName = sessionName == null || sessionName.isBlank() ? "vigil-scan" : sessionName;
        sessionDurationSeconds = sessionDurationSeconds == null ? 3600 : sessionDurationSeconds;
    }

    public String roleArn(String accountId) {
        String template = arnTemplate != null && !arnTemplate.isBlank() ? arnTemplate
                : "arn:aws:iam::" + ACCOUNT_PLACEHOLDER + ":role/" + (name == null || name.isBlank() ? DEFAULT_NAME : name);
        return template.replace(ACCOUNT_PLACEHOLDER, accountId);
    }

    /** The external id for the management role: its own, else the member role's. */
    public String managementExternalId() {
        String own = management == null ? null : management.externalId();
        return own != null && !own.isBlank() ? own : externalId;
    }
}
