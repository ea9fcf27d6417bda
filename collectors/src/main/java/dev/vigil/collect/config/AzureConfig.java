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
        String caCertificate) {

    public AzureConfig {
        managementGroups = managementGroups == null ? IdFilter.ALL : managementGroups;
        subscriptions = subscriptions == null ? IdFilter.ALL : subscriptions;
        subscriptionTags = subscriptionTags == null ? TagFilter.ALL : subscriptionTags;
    }
}
