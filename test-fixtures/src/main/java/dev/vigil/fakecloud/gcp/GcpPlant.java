package dev.vigil.fakecloud.gcp;

import java.util.List;

/** A kind of planted misconfiguration and the checks (docs/checks-gcp.md) it makes fail. */
public enum GcpPlant {
    USER_BASIC_ROLE("gcp_iam_no_basic_roles_for_users"),
    SA_ADMIN_ROLE("gcp_iam_sa_no_admin_privileges"),
    PROJECT_SA_USER("gcp_iam_no_project_level_sa_user"),
    KMS_NO_SEPARATION("gcp_iam_kms_separation_of_duties"),
    PUBLIC_PROJECT_BINDING("gcp_iam_no_public_project_bindings"),
    NO_AUDIT_LOGGING("gcp_iam_audit_logging_all_services"),
    SA_USER_MANAGED_KEY("gcp_iam_sa_no_user_managed_keys"),
    SA_OLD_KEY("gcp_iam_sa_no_user_managed_keys", "gcp_iam_sa_keys_rotated"),
    SA_KEY_CREATION_ALLOWED("gcp_orgpolicy_disable_sa_key_creation"),
    OS_LOGIN_NOT_REQUIRED("gcp_orgpolicy_require_os_login"),
    LOCATIONS_UNRESTRICTED("gcp_orgpolicy_resource_locations"),
    UNIFORM_ACCESS_NOT_REQUIRED("gcp_orgpolicy_uniform_bucket_access"),
    DEFAULT_NETWORK_ALLOWED("gcp_orgpolicy_skip_default_network"),
    DEFAULT_NETWORK("gcp_compute_default_network_absent"),
    LEGACY_NETWORK("gcp_compute_legacy_network_absent"),
    FIREWALL_SSH("gcp_compute_firewall_ssh_open"),
    FIREWALL_RDP("gcp_compute_firewall_rdp_open"),
    FIREWALL_ALL("gcp_compute_firewall_all_ports_open", "gcp_compute_firewall_ssh_open",
            "gcp_compute_firewall_rdp_open"),
    SUBNET_NO_FLOW_LOGS("gcp_compute_subnet_flow_logs"),
    SUBNET_NO_PRIVATE_ACCESS("gcp_compute_subnet_private_google_access"),
    PROJECT_NO_OS_LOGIN("gcp_compute_project_os_login"),
    INSTANCE_PUBLIC_IP("gcp_compute_instance_no_public_ip"),
    INSTANCE_DEFAULT_SA("gcp_compute_instance_default_sa_full_access"),
    INSTANCE_PROJECT_SSH_KEYS("gcp_compute_instance_block_project_ssh_keys"),
    INSTANCE_SERIAL_PORT("gcp_compute_instance_serial_port_disabled"),
    INSTANCE_IP_FORWARDING("gcp_compute_instance_ip_forwarding_disabled"),
    INSTANCE_NOT_SHIELDED("gcp_compute_instance_shielded_vm"),
    INSTANCE_LABELS_MISSING("gcp_labels_required_keys"),
    BUCKET_PUBLIC("gcp_storage_bucket_not_public", "gcp_storage_bucket_public_access_prevention"),
    BUCKET_NOT_UNIFORM("gcp_storage_bucket_uniform_access"),
    BUCKET_NO_PREVENTION("gcp_storage_bucket_public_access_prevention"),
    BUCKET_NO_CMEK("gcp_storage_bucket_cmek"),
    LOG_BUCKET_UNLOCKED("gcp_storage_log_bucket_retention_locked"),
    KEY_NO_ROTATION("gcp_kms_key_rotation"),
    KEY_PUBLIC("gcp_kms_key_not_public"),
    SQL_PUBLIC_IP("gcp_sql_instance_no_public_ip"),
    SQL_NO_SSL("gcp_sql_instance_ssl_required"),
    SQL_WORLD_NETWORK("gcp_sql_instance_no_world_network", "gcp_sql_instance_no_public_ip"),
    SQL_NO_BACKUPS("gcp_sql_instance_backups_enabled"),
    NO_BUDGET("gcp_billing_project_budget"),
    DATASET_PUBLIC("gcp_bigquery_dataset_not_public"),
    DATASET_AUTHENTICATED("gcp_bigquery_dataset_not_public"),
    DATASET_NO_CMEK("gcp_bigquery_dataset_cmek"),
    DNS_NO_DNSSEC("gcp_dns_zone_dnssec_enabled"),
    DNS_RSASHA1_KSK("gcp_dns_zone_no_rsasha1_ksk"),
    DNS_RSASHA1_ZSK("gcp_dns_zone_no_rsasha1_zsk"),
    GKE_PUBLIC_NODES("gcp_container_cluster_private_nodes", "gcp_container_cluster_private_endpoint"),
    GKE_PUBLIC_ENDPOINT("gcp_container_cluster_private_endpoint"),
    GKE_LEGACY_ABAC("gcp_container_cluster_legacy_abac_disabled"),
    GKE_NO_WORKLOAD_IDENTITY("gcp_container_cluster_workload_identity"),
    GKE_NOT_SHIELDED("gcp_container_cluster_shielded_nodes"),
    NO_LOG_SINK("gcp_logging_sink_all_entries"),
    AUDIT_EXEMPTED_MEMBER("gcp_iam_audit_logging_no_exempted_members"),
    METRIC_OWNERSHIP_MISSING("gcp_logging_metric_alert_project_ownership"),
    ALERT_AUDIT_CONFIG_DISABLED("gcp_logging_metric_alert_audit_config"),
    ALERT_CUSTOM_ROLE_MISSING("gcp_logging_metric_alert_custom_role"),
    METRIC_FIREWALL_NARROWED("gcp_logging_metric_alert_firewall"),
    ALERT_ROUTE_OTHER_METRIC("gcp_logging_metric_alert_route"),
    METRIC_NETWORK_DISABLED("gcp_logging_metric_alert_network"),
    METRIC_STORAGE_IAM_MISSING("gcp_logging_metric_alert_storage_iam"),
    ALERT_SQL_CONFIG_MISSING("gcp_logging_metric_alert_sql_config"),
    DNS_NETWORK_NO_LOGGING("gcp_dns_network_logging_enabled"),
    CLOUDASSET_DISABLED("gcp_serviceusage_cloudasset_enabled"),
    APIKEY_NO_API_RESTRICTION("gcp_apikeys_key_api_restricted"),
    APIKEY_ALL_CLOUD_APIS("gcp_apikeys_key_api_restricted"),
    APIKEY_NO_APP_RESTRICTION("gcp_apikeys_key_application_restricted"),
    APIKEY_ANY_REFERRER("gcp_apikeys_key_application_restricted"),
    APIKEY_OLD("gcp_apikeys_key_rotated"),
    SECRET_NO_ROTATION("gcp_secretmanager_secret_rotation"),
    SECRET_SLOW_ROTATION("gcp_secretmanager_secret_rotation"),
    TOPIC_NO_CMEK("gcp_pubsub_topic_cmek"),
    RUN_PUBLIC_INVOKER("gcp_run_service_not_public"),
    RUN_INGRESS_ALL("gcp_run_service_ingress_restricted"),
    FUNCTION_PUBLIC_INVOKER("gcp_functions_function_not_public"),
    FUNCTION_INGRESS_DEFAULT("gcp_functions_function_ingress_restricted"),
    FUNCTION_DEPRECATED_RUNTIME("gcp_functions_function_runtime_supported");

    private final List<String> checkIds;

    GcpPlant(String... checkIds) {
        this.checkIds = List.of(checkIds);
    }

    /** Every check this plant makes fail, on the resource it is planted on. */
    public List<String> checkIds() {
        return checkIds;
    }
}
