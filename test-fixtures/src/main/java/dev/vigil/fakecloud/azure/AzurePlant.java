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
    SPEND_GROWTH("azure_cost_spend_growth"),
    WEBAPP_HTTP("azure_appservice_https_only"),
    WEBAPP_OLD_TLS("azure_appservice_minimum_tls"),
    WEBAPP_FTP("azure_appservice_ftp_disabled"),
    WEBAPP_NO_IDENTITY("azure_appservice_managed_identity"),
    WEBAPP_NO_AUTH("azure_appservice_authentication"),
    WEBAPP_NO_HTTP2("azure_appservice_http2"),
    WEBAPP_REMOTE_DEBUG("azure_appservice_remote_debugging_off"),
    WEBAPP_NO_CLIENT_CERT("azure_appservice_client_certificates"),
    // unmanaged (VHD) disks rule out encryption at host and Trusted Launch as well
    VM_UNMANAGED_DISK("azure_compute_vm_managed_disks", "azure_compute_vm_encryption_at_host",
            "azure_compute_vm_trusted_launch"),
    VM_NO_HOST_ENCRYPTION("azure_compute_vm_encryption_at_host"),
    VM_PUBLIC_IP("azure_compute_vm_no_public_ip"),
    VM_NO_TRUSTED_LAUNCH("azure_compute_vm_trusted_launch"),
    // without Kubernetes RBAC there is no Entra integration, and local accounts cannot be disabled
    AKS_NO_RBAC("azure_aks_rbac_enabled", "azure_aks_entra_integration", "azure_aks_local_accounts_disabled"),
    AKS_NO_ENTRA("azure_aks_entra_integration", "azure_aks_local_accounts_disabled"),
    AKS_PUBLIC_API("azure_aks_api_server_restricted"),
    AKS_NO_NETWORK_POLICY("azure_aks_network_policy"),
    AKS_LOCAL_ACCOUNTS("azure_aks_local_accounts_disabled"),
    POSTGRES_NO_SECURE_TRANSPORT("azure_postgresql_secure_transport"),
    POSTGRES_NO_LOG_CHECKPOINTS("azure_postgresql_log_checkpoints"),
    POSTGRES_NO_THROTTLING("azure_postgresql_connection_throttling"),
    POSTGRES_SHORT_LOG_RETENTION("azure_postgresql_log_retention"),
    POSTGRES_ALLOW_AZURE("azure_postgresql_firewall_no_public_range"),
    POSTGRES_NO_GEO_BACKUP("azure_postgresql_geo_redundant_backup"),
    MYSQL_NO_SECURE_TRANSPORT("azure_mysql_secure_transport"),
    MYSQL_OLD_TLS("azure_mysql_minimum_tls"),
    MYSQL_NO_AUDIT_LOG("azure_mysql_audit_log_enabled"),
    MYSQL_NO_CONNECTION_AUDIT("azure_mysql_audit_log_connection_events"),
    MYSQL_ALLOW_ALL("azure_mysql_firewall_no_public_range"),
    COSMOS_PUBLIC("azure_cosmosdb_network_restricted"),
    COSMOS_NO_PRIVATE_ENDPOINT("azure_cosmosdb_private_endpoints"),
    COSMOS_LOCAL_AUTH("azure_cosmosdb_local_auth_disabled");

    private final List<String> checkIds;

    AzurePlant(String... checkIds) {
        this.checkIds = List.of(checkIds);
    }

    public List<String> checkIds() {
        return checkIds;
    }
}
