package dev.vigil.fakecloud.azure;

import java.util.List;

/**
 * A planted Entra ID misconfiguration and the checks it makes fail. The tenant-wide ones are planted together in a
 * planted tenant; their clean twin is a tenant generated with {@link AzureOrgSpec#clean()}.
 */
public enum EntraPlant {
    USER_NO_MFA("azure_entra_user_mfa"),
    ADMIN_NO_MFA("azure_entra_privileged_user_mfa"),
    // MFA is only report-only for all users and security defaults are off
    NO_MFA_FOR_ALL("azure_entra_ca_mfa_all_users", "azure_entra_security_defaults_enabled"),
    ADMIN_POLICY_DISABLED("azure_entra_ca_mfa_admin_roles"),
    RISKY_HIGH_ONLY("azure_entra_ca_mfa_risky_signins"),
    MANAGEMENT_MFA_OR_DEVICE("azure_entra_ca_mfa_azure_management"),
    NO_ADMIN_PORTALS_POLICY("azure_entra_ca_mfa_admin_portals"),
    NO_TRUSTED_LOCATION("azure_entra_trusted_locations_defined"),
    USERS_CREATE_TENANTS("azure_entra_tenant_creation_restricted"),
    LEGACY_USER_CONSENT("azure_entra_user_consent_disabled", "azure_entra_user_consent_verified_publishers"),
    USERS_REGISTER_APPS("azure_entra_app_registration_restricted"),
    GUEST_LIMITED_ACCESS("azure_entra_guest_access_restricted"),
    EVERYONE_INVITES("azure_entra_guest_invites_restricted"),
    USERS_CREATE_SECURITY_GROUPS("azure_entra_security_group_creation_restricted"),
    FIVE_GLOBAL_ADMINS("azure_entra_global_admins_limited");

    private final List<String> checkIds;

    EntraPlant(String... checkIds) {
        this.checkIds = List.of(checkIds);
    }

    public List<String> checkIds() {
        return checkIds;
    }

    public boolean tenantWide() {
        return this != USER_NO_MFA && this != ADMIN_NO_MFA;
    }
}
