package dev.vigil.fakecloud.azure;

import java.util.List;

/** A kind of planted misconfiguration and the checks (docs/checks-azure.md) it makes fail. */
public enum AzurePlant {
    TOO_MANY_OWNERS("azure_iam_subscription_owners_limited"),
    CUSTOM_ROLE_WILDCARD("azure_iam_custom_role_no_wildcard"),
    ASSIGNMENT_NOT_ENFORCED("azure_policy_assignments_enforced"),
    DEFENDER_SERVERS_OFF("azure_defender_servers"),
    DEFENDER_STORAGE_OFF("azure_defender_storage"),
    DEFENDER_SQL_OFF("azure_defender_sql"),
    DEFENDER_KEYVAULT_OFF("azure_defender_keyvault"),
    DEFENDER_CONTAINERS_OFF("azure_defender_containers"),
    DEFENDER_ARM_OFF("azure_defender_arm"),
    NO_SECURITY_CONTACT("azure_defender_security_contact"),
    NO_ACTIVITY_EXPORT("azure_monitor_activity_log_exported"),
    ACTIVITY_CATEGORIES_MISSING("azure_monitor_activity_log_categories"),
    NSG_SSH("azure_network_nsg_ssh_open"),
    NSG_RDP("azure_network_nsg_rdp_open"),
    NSG_ALL_PORTS("azure_network_nsg_all_ports_open", "azure_network_nsg_ssh_open", "azure_network_nsg_rdp_open"),
    NSG_UDP("azure_network_nsg_udp_open"),
    VNET_NO_FLOW_LOG("azure_network_vnet_flow_logs"),
    FLOW_LOG_SHORT_RETENTION("azure_network_flow_log_retention"),
    STORAGE_HTTP("azure_storage_secure_transfer"),
    STORAGE_OLD_TLS("azure_storage_minimum_tls"),
    STORAGE_PUBLIC_BLOB("azure_storage_no_public_blob_access"),
    STORAGE_SHARED_KEY("azure_storage_shared_key_disabled"),
    STORAGE_NETWORK_ALLOW("azure_storage_default_network_deny"),
    STORAGE_NO_INFRA_ENCRYPTION("azure_storage_infrastructure_encryption"),
    STORAGE_TAGS_MISSING("azure_tags_required_keys"),
    VAULT_NO_SOFT_DELETE("azure_keyvault_soft_delete"),
    VAULT_NO_PURGE_PROTECTION("azure_keyvault_purge_protection"),
    VAULT_ACCESS_POLICIES("azure_keyvault_rbac_authorization"),
    VAULT_PUBLIC("azure_keyvault_public_network_restricted"),
    SQL_ALLOW_AZURE("azure_sql_firewall_no_public_range"),
    SQL_NO_AUDITING("azure_sql_auditing_enabled"),
    SQL_TDE_OFF("azure_sql_tde_enabled"),
    SQL_NO_ENTRA_ADMIN("azure_sql_entra_admin"),
    SQL_OLD_TLS("azure_sql_minimum_tls"),
    SPEND_GROWTH("azure_cost_spend_growth");

    private final List<String> checkIds;

    AzurePlant(String... checkIds) {
        this.checkIds = List.of(checkIds);
    }

    public List<String> checkIds() {
        return checkIds;
    }
}
