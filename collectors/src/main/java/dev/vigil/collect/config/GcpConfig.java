package dev.vigil.collect.config;

/**
 * {@code gcp:} in {@code vigil.yaml}: which Google Cloud organization to read and how.
 *
 * @param organization              {@code organizations/<n>} or the bare number
 * @param folders                   include / exclude folder subtrees ({@code folders/<n>})
 * @param projects                  include / exclude project ids
 * @param projectLabels             select projects by label
 * @param impersonateServiceAccount e-mail of a service account to impersonate over ADC
 * @param credentialsFile           an ADC JSON file instead of the default lookup
 * @param endpoint                  one endpoint for every Google API (a fake cloud, a proxy)
 * @param useAssetInventory         read covered types with Cloud Asset Inventory at organization scope
 */
public record GcpConfig(
        String organization,
        IdFilter folders,
        IdFilter projects,
        TagFilter projectLabels,
        String impersonateServiceAccount,
        String credentialsFile,
        String endpoint,
        Boolean useAssetInventory) {

    public GcpConfig {
        folders = folders == null ? IdFilter.ALL : folders;
        projects = projects == null ? IdFilter.ALL : projects;
        projectLabels = projectLabels == null ? TagFilter.ALL : projectLabels;
        useAssetInventory = useAssetInventory == null || useAssetInventory;
    }
}
