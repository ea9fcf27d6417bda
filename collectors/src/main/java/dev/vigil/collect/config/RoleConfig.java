package dev.vigil.collect.config;

/**
 * How to enter each account. {@code arnTemplate} wins over {@code name}; {@code {account_id}} is replaced.
 *
 * @param sessionDurationSeconds 900 to 43200
 */
public record RoleConfig(String name, String arnTemplate, String externalId, String sessionName,
        Integer sessionDurationSeconds) {
    public static final String DEFAULT_NAME = "VigilScanner";
    public static final String ACCOUNT_PLACEHOLDER = "{account_id}";
    public static final RoleConfig DEFAULT = new RoleConfig(null, null, null, null, null);

    public RoleConfig {
        sessionName = sessionName == null || sessionName.isBlank() ? "vigil-scan" : sessionName;
        sessionDurationSeconds = sessionDurationSeconds == null ? 3600 : sessionDurationSeconds;
    }

    public String roleArn(String accountId) {
        String template = arnTemplate != null && !arnTemplate.isBlank() ? arnTemplate
                : "arn:aws:iam::" + ACCOUNT_PLACEHOLDER + ":role/" + (name == null || name.isBlank() ? DEFAULT_NAME : name);
        return template.replace(ACCOUNT_PLACEHOLDER, accountId);
    }
}
