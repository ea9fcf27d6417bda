package dev.vigil.collect.config;

/**
 * {@code azure:} in {@code vigil.yaml}: which Azure tenant to read and how.
 *
 * @param tenantId          the tenant (its root management group has the same name)
 * @param managementGroups  include / exclude management-group subtrees (group names)
 * @param subscriptions     include / exclude subscription ids
 * @param subscriptionTags  select subscriptions by tag
 * @param clientId          optional client credentials for this tenant; the secret is read from the
 *                          environment variable named by {@code clientSecretEnv}, never from the file
 * @param clientSecretEnv   name of the environment variable holding the client secret
 * @param endpoint          Azure Resource Manager endpoint (a fake cloud, a sovereign cloud)
 * @param authorityHost     Entra ID authority host
 * @param caCertificate     PEM file of an extra CA to trust (a fake cloud's self-signed certificate)
 * @param tenants           more tenants, each with its own settings (credentials included); collected one after
 *                          the other into the same snapshot
 */
public record AzureConfig(
        String tenantId,
        IdFilter managementGroups,
        IdFilter subscriptions,
        TagFilter subscriptionTags,
        String clientId,
        String clientSecretEnv,
        String endpoint,
        String authorityHost,
        String caCertificate,
        java.util.List<AzureConfig> tenants) {

    public AzureConfig(String tenantId, IdFilter managementGroups, IdFilter subscriptions, TagFilter subscriptionTags,
                       String clientId, String clientSecretEnv, String endpoint, String authorityHost,
                       String caCertificate) {
        this(tenantId, managementGroups, subscriptions, subscriptionTags, clientId, clientSecretEnv, endpoint,
                authorityHost, caCertificate, null);
    }

    /** This tenant (when it names one) and every tenant of {@code tenants}. */
    public java.util.List<AzureConfig> allTenants() {
        java.util.List<AzureConfig> out = new java.util.ArrayList<>();
        if (tenantId != null && !tenantId.isBlank()) {
            out.add(new AzureConfig(tenantId, managementGroups, subscriptions, subscriptionTags, clientId,
                    clientSecretEnv, endpoint, authorityHost, caCertificate, null));
        }
        out.addAll(tenants);
        return java.util.List.copyOf(out);
    }

    public AzureConfig {
        tenants = tenants == null ? java.util.List.of() : java.util.List.copyOf(tenants);
        managementGroups = managementGroups == null ? IdFilter.ALL : managementGroups;
        subscriptions = subscriptions == null ? IdFilter.ALL : subscriptions;
        subscriptionTags = subscriptionTags == null ? TagFilter.ALL : subscriptionTags;
    }
}
