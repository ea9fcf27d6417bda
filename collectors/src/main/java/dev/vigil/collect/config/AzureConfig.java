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
 * @param graphEndpoint     Microsoft Graph endpoint for the tenant's Entra ID data; derived from {@code endpoint} for
 *                          the public, US Government and China clouds, required with any other {@code endpoint}
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
        java.util.List<AzureConfig> tenants,
        String graphEndpoint) {

    /** One tenant whose Microsoft Graph answers at {@code endpoint} too (the fake cloud serves both). */
    public AzureConfig(String tenantId, IdFilter managementGroups, IdFilter subscriptions, TagFilter subscriptionTags,
                       String clientId, String clientSecretEnv, String endpoint, String authorityHost,
                       String caCertificate) {
        this(tenantId, managementGroups, subscriptions, subscriptionTags, clientId, clientSecretEnv, endpoint,
                authorityHost, caCertificate, null, endpoint);
    }

    /** The same tenant with more tenants after it. */
    public AzureConfig withTenants(java.util.List<AzureConfig> more) {
        return new AzureConfig(tenantId, managementGroups, subscriptions, subscriptionTags, clientId, clientSecretEnv,
                endpoint, authorityHost, caCertificate, more, graphEndpoint);
    }

    private static final java.util.Map<String, String> GRAPH_OF_ARM = java.util.Map.of(
            "https://management.azure.com", "https://graph.microsoft.com",
            "https://management.usgovcloudapi.net", "https://graph.microsoft.us",
            "https://management.chinacloudapi.cn", "https://microsoftgraph.chinacloudapi.cn");

    /** The Microsoft Graph endpoint, or null when {@code endpoint} is a cloud Vigil cannot map and none is given. */
    public String resolvedGraphEndpoint() {
        if (graphEndpoint != null && !graphEndpoint.isBlank()) {
            return graphEndpoint.replaceAll("/+$", "");
        }
        String arm = endpoint == null ? "https://management.azure.com" : endpoint.replaceAll("/+$", "");
        return GRAPH_OF_ARM.get(arm);
    }

    /** This tenant (when it names one) and every tenant of {@code tenants}. */
    public java.util.List<AzureConfig> allTenants() {
        java.util.List<AzureConfig> out = new java.util.ArrayList<>();
        if (tenantId != null && !tenantId.isBlank()) {
            out.add(new AzureConfig(tenantId, managementGroups, subscriptions, subscriptionTags, clientId,
                    clientSecretEnv, endpoint, authorityHost, caCertificate, null, graphEndpoint));
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
