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
 * @param organizations             more organizations, each with its own settings (credentials included),
 *                                  collected one after the other into the same snapshot
 */
public record GcpConfig(
        String organization,
        IdFilter folders,
        IdFilter projects,
        TagFilter projectLabels,
        String impersonateServiceAccount,
        String credentialsFile,
        String endpoint,
        Boolean useAssetInventory,
        java.util.List<GcpConfig> organizations) {

    public GcpConfig(String organization, IdFilter folders, IdFilter projects, TagFilter projectLabels,
                     String impersonateServiceAccount, String credentialsFile, String endpoint,
                     Boolean useAssetInventory) {
        this(organization, folders, projects, projectLabels, impersonateServiceAccount, credentialsFile, endpoint,
                useAssetInventory, null);
    }

    /** This organization (when it names one) and every entry of {@code organizations}. */
    public java.util.List<GcpConfig> allOrganizations() {
        java.util.List<GcpConfig> out = new java.util.ArrayList<>();
        if (organization != null && !organization.isBlank()) {
            out.add(new GcpConfig(organization, folders, projects, projectLabels, impersonateServiceAccount,
                    credentialsFile, endpoint, useAssetInventory, null));
        }
        out.addAll(organizations);
        return java.util.List.copyOf(out);
    }

    public GcpConfig {
        organizations = organizations == null ? java.util.List.of() : java.util.List.copyOf(organizations);
        folders = folders == null ? IdFilter.ALL : folders;
        projects = projects == null ? IdFilter.ALL : projects;
        projectLabels = projectLabels == null ? TagFilter.ALL : projectLabels;
        useAssetInventory = useAssetInventory == null || useAssetInventory;
    }
}
