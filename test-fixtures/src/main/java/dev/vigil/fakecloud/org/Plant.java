package dev.vigil.fakecloud.org;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** A kind of planted misconfiguration and the check (docs/checks-aws.md) it makes fail. */
public enum Plant {
    ROOT_NO_MFA("iam_root_mfa_enabled"),
    ROOT_ACCESS_KEYS("iam_root_access_keys_absent"),
    ROOT_RECENTLY_USED("iam_root_not_recently_used"),
    NO_PASSWORD_POLICY("iam_password_policy_exists"),
    PASSWORD_TOO_SHORT("iam_password_policy_minimum_length"),
    PASSWORD_REUSE("iam_password_policy_reuse_prevention"),
    USER_NO_MFA("iam_user_console_mfa_enabled"),
    USER_OLD_KEY("iam_user_access_key_rotated"),
    USER_UNUSED("iam_user_credentials_unused"),
    USER_TWO_KEYS("iam_user_single_active_access_key"),
    USER_INLINE_POLICY("iam_user_no_inline_policies"),
    USER_ATTACHED_POLICY("iam_user_no_attached_policies"),
    USER_FULL_ADMIN("iam_user_no_full_admin"),
    POLICY_FULL_ADMIN("iam_policy_no_full_admin"),
    ROLE_INLINE_ADMIN("iam_inline_policy_no_full_admin"),
    GROUP_INLINE_ADMIN("iam_inline_policy_no_full_admin"),
    ROLE_PUBLIC_TRUST("iam_role_trust_no_public_principal"),
    ROLE_CROSS_ACCOUNT("iam_role_trust_cross_account_external_id"),
    SCP_NO_LEAVE_ORG("organizations_scp_deny_leave_org"),
    SCP_NO_CLOUDTRAIL("organizations_scp_protect_cloudtrail"),
    SCP_NO_GUARDDUTY("organizations_scp_protect_guardduty"),
    SCP_NO_REGIONS("organizations_scp_restrict_regions"),
    ACCOUNT_IN_ROOT("organizations_account_not_in_root"),
    SG_SSH_OPEN("ec2_securitygroup_ssh_open"),
    SG_RDP_OPEN("ec2_securitygroup_rdp_open"),
    SG_ALL_PORTS_OPEN("ec2_securitygroup_all_ports_open"),
    SG_DB_OPEN("ec2_securitygroup_db_ports_open"),
    DEFAULT_SG_RULES("ec2_securitygroup_default_restricts_all"),
    VPC_NO_FLOW_LOGS("ec2_vpc_flow_logs_enabled"),
    EBS_DEFAULT_OFF("ec2_ebs_default_encryption"),
    VOLUME_UNENCRYPTED("ec2_volume_encrypted"),
    INSTANCE_IMDSV1("ec2_instance_imdsv2_required"),
    INSTANCE_PUBLIC_IP("ec2_instance_no_public_ip"),
    KMS_NO_ROTATION("kms_key_rotation_enabled"),
    KMS_PUBLIC_POLICY("kms_key_policy_not_public"),
    S3_ACCOUNT_NO_BLOCK("s3_account_public_access_block"),
    BUCKET_NO_BLOCK("s3_bucket_public_access_block"),
    BUCKET_PUBLIC_POLICY("s3_bucket_policy_not_public"),
    BUCKET_PUBLIC_ACL("s3_bucket_acl_not_public"),
    BUCKET_NO_ENCRYPTION("s3_bucket_default_encryption"),
    BUCKET_NO_VERSIONING("s3_bucket_versioning_enabled"),
    BUCKET_NO_LOGGING("s3_bucket_access_logging_enabled"),
    BUCKET_NO_TLS_POLICY("s3_bucket_secure_transport"),
    NO_TRAIL("cloudtrail_account_multi_region_trail"),
    SINGLE_REGION_TRAIL("cloudtrail_account_multi_region_trail"),
    TRAIL_NO_VALIDATION("cloudtrail_trail_log_file_validation"),
    TRAIL_NO_KMS("cloudtrail_trail_kms_encryption"),
    TRAIL_NOT_LOGGING("cloudtrail_trail_logging_enabled"),
    TRAIL_BUCKET_NO_LOGGING("cloudtrail_account_trail_bucket_logging"),
    RDS_PUBLIC("rds_instance_not_publicly_accessible"),
    RDS_UNENCRYPTED("rds_instance_storage_encrypted"),
    RDS_SHORT_BACKUP("rds_instance_backup_retention"),
    RDS_NO_DELETION_PROTECTION("rds_instance_deletion_protection"),
    RDS_NO_MINOR_UPGRADE("rds_instance_auto_minor_version_upgrade"),
    RDS_NO_IAM_AUTH("rds_instance_iam_authentication"),
    RDS_SINGLE_AZ("rds_instance_multi_az"),
    RDS_SNAPSHOT_PUBLIC("rds_snapshot_not_public"),
    RDS_CLUSTER_UNENCRYPTED("rds_cluster_storage_encrypted"),
    RDS_CLUSTER_NO_DELETION_PROTECTION("rds_cluster_deletion_protection"),
    DYNAMODB_NO_PITR("dynamodb_table_pitr_enabled"),
    DYNAMODB_AWS_OWNED_KEY("dynamodb_table_kms_encryption"),
    DYNAMODB_NO_DELETION_PROTECTION("dynamodb_table_deletion_protection"),
    EFS_UNENCRYPTED("efs_file_system_encrypted"),
    EFS_NO_BACKUP("efs_file_system_automatic_backups"),
    EFS_NO_POLICY("efs_file_system_policy_not_public"),
    EFS_PUBLIC_POLICY("efs_file_system_policy_not_public"),
    ELASTICACHE_NO_AT_REST_ENCRYPTION("elasticache_replication_group_encrypted_at_rest"),
    ELASTICACHE_NO_TRANSIT_ENCRYPTION("elasticache_replication_group_encrypted_in_transit"),
    ELASTICACHE_NO_BACKUPS("elasticache_replication_group_automatic_backups"),
    ELASTICACHE_NO_MINOR_UPGRADE("elasticache_replication_group_auto_minor_version_upgrade"),
    ELASTICACHE_NO_AUTH("elasticache_replication_group_auth_enabled"),
    REDSHIFT_PUBLIC("redshift_cluster_not_publicly_accessible"),
    REDSHIFT_UNENCRYPTED("redshift_cluster_encrypted"),
    REDSHIFT_NO_AUDIT_LOGGING("redshift_cluster_audit_logging"),
    REDSHIFT_NO_REQUIRE_SSL("redshift_cluster_require_ssl"),
    REDSHIFT_NO_SNAPSHOTS("redshift_cluster_automated_snapshots"),
    OPENSEARCH_PUBLIC("opensearch_domain_not_publicly_accessible"),
    OPENSEARCH_NO_ENCRYPTION_AT_REST("opensearch_domain_encryption_at_rest"),
    OPENSEARCH_NO_NODE_TO_NODE("opensearch_domain_node_to_node_encryption"),
    OPENSEARCH_WEAK_TLS("opensearch_domain_https_tls12"),
    OPENSEARCH_NO_AUDIT_LOGS("opensearch_domain_audit_logging"),
    OPENSEARCH_NO_FGAC("opensearch_domain_fine_grained_access_control"),
    GUARDDUTY_DISABLED("guardduty_detector_enabled"),
    SECURITYHUB_DISABLED("securityhub_enabled"),
    CONFIG_NOT_RECORDING("config_recorder_enabled"),
    ACCESS_ANALYZER_MISSING("accessanalyzer_enabled"),
    NACL_ADMIN_PORTS_OPEN("ec2_networkacl_admin_ports_open"),
    SG_CIFS_OPEN("ec2_securitygroup_cifs_open"),
    PEERING_ROUTE_BROAD("ec2_vpcpeering_routes_least_access"),
    DEFAULT_VPC_IN_USE("ec2_account_default_vpc_unused"),
    ALB_HTTP_NO_REDIRECT("elbv2_lb_http_redirects_to_https"),
    ELBV2_WEAK_TLS("elbv2_lb_tls_policy_secure"),
    ELBV2_NO_ACCESS_LOGS("elbv2_lb_access_logging_enabled"),
    ELBV2_NO_DELETION_PROTECTION("elbv2_lb_deletion_protection"),
    ALB_INVALID_HEADERS_KEPT("elbv2_alb_drop_invalid_headers"),
    ALB_DESYNC_MONITOR("elbv2_alb_desync_mitigation"),
    CLB_HTTP_LISTENER("elb_lb_listeners_encrypted"),
    CLB_WEAK_TLS("elb_lb_tls_policy_secure"),
    CLB_NO_ACCESS_LOGS("elb_lb_access_logging_enabled"),
    CLB_DESYNC_MONITOR("elb_lb_desync_mitigation"),
    CF_VIEWER_HTTP("cloudfront_distribution_viewer_https"),
    CF_OLD_TLS("cloudfront_distribution_tls_1_2"),
    CF_S3_NO_OAC("cloudfront_distribution_s3_origin_access_control"),
    CF_NO_WAF("cloudfront_distribution_waf_enabled"),
    CF_NO_LOGGING("cloudfront_distribution_logging_enabled"),
    CF_ORIGIN_HTTP("cloudfront_distribution_origin_https_only"),
    APIGW_NO_ACCESS_LOGS("apigateway_restapi_stage_access_logging"),
    APIGW_NO_EXECUTION_LOGS("apigateway_restapi_stage_execution_logging"),
    APIGW_NO_WAF("apigateway_restapi_stage_waf"),
    APIGW_NO_CLIENT_CERT("apigateway_restapi_stage_client_certificate"),
    APIGW_DOMAIN_TLS10("apigateway_domain_tls_1_2"),
    APIGWV2_NO_ACCESS_LOGS("apigatewayv2_api_stage_access_logging"),
    APIGWV2_ROUTE_NO_AUTH("apigatewayv2_api_routes_authorized"),
    TAGS_MISSING("tags_resource_required_keys"),
    SPEND_GROWTH("costexplorer_account_spend_growth"),
    NO_OWNER_TAG("costexplorer_account_owner_tag"),
    LAMBDA_PUBLIC_POLICY("lambda_function_policy_not_public"),
    LAMBDA_URL_PUBLIC("lambda_function_url_auth_required"),
    LAMBDA_DEPRECATED_RUNTIME("lambda_function_runtime_supported"),
    LAMBDA_SECRET_ENV("lambda_function_env_no_secret_names"),
    LAMBDA_NO_FAILURE_DESTINATION("lambda_function_async_failure_destination"),
    LAMBDA_NOT_IN_VPC("lambda_function_in_vpc"),
    ECR_NO_SCAN_ON_PUSH("ecr_repository_scan_on_push"),
    ECR_TAGS_MUTABLE("ecr_repository_tag_immutability"),
    ECR_PUBLIC_POLICY("ecr_repository_policy_not_public"),
    ECR_NO_LIFECYCLE("ecr_repository_lifecycle_policy"),
    MONITOR_UNAUTHORIZED_API_CALLS("cloudwatch_log_metric_filter_unauthorized_api_calls"),
    MONITOR_SIGN_IN_WITHOUT_MFA("cloudwatch_log_metric_filter_sign_in_without_mfa"),
    MONITOR_ROOT_USAGE("cloudwatch_log_metric_filter_root_usage"),
    MONITOR_IAM_POLICY_CHANGES("cloudwatch_log_metric_filter_iam_policy_changes"),
    MONITOR_CLOUDTRAIL_CHANGES("cloudwatch_log_metric_filter_cloudtrail_changes"),
    MONITOR_CONSOLE_AUTH_FAILURES("cloudwatch_log_metric_filter_console_auth_failures"),
    MONITOR_KMS_CMK_DISABLE_OR_DELETION("cloudwatch_log_metric_filter_kms_cmk_disable_or_deletion"),
    MONITOR_S3_BUCKET_POLICY_CHANGES("cloudwatch_log_metric_filter_s3_bucket_policy_changes"),
    MONITOR_CONFIG_CHANGES("cloudwatch_log_metric_filter_config_changes"),
    MONITOR_SECURITY_GROUP_CHANGES("cloudwatch_log_metric_filter_security_group_changes"),
    MONITOR_NACL_CHANGES("cloudwatch_log_metric_filter_nacl_changes"),
    MONITOR_NETWORK_GATEWAY_CHANGES("cloudwatch_log_metric_filter_network_gateway_changes"),
    MONITOR_ROUTE_TABLE_CHANGES("cloudwatch_log_metric_filter_route_table_changes"),
    MONITOR_VPC_CHANGES("cloudwatch_log_metric_filter_vpc_changes"),
    MONITOR_ORGANIZATIONS_CHANGES("cloudwatch_log_metric_filter_organizations_changes"),
    ROOT_VIRTUAL_MFA("iam_root_hardware_mfa_enabled"),
    SUPPORT_ROLE_MISSING("iam_support_role_exists"),
    SERVER_CERT_EXPIRED("iam_server_certificate_not_expired"),
    CLOUDSHELL_FULL_ACCESS("iam_policy_cloudshell_full_access_not_attached"),
    ROLE_UNUSED("iam_role_unused"),
    INSTANCE_NO_PROFILE("ec2_instance_profile_attached"),
    SCP_NO_REQUIRED_TAGS("organizations_scp_require_tags_on_create"),
    TAG_POLICY_MISSING("organizations_tag_policy_attached"),
    SECURITY_CONTACT_MISSING("account_security_contact_registered"),
    ALTERNATE_CONTACTS_MISSING("account_alternate_contacts_registered"),
    MACIE_DISABLED("macie_enabled"),
    INSPECTOR_PARTIAL("inspector2_scanning_enabled"),
    BUDGET_MISSING("budgets_cost_budget_exists"),
    BUDGET_NO_ALERTS("budgets_cost_budget_alerts"),
    S3_DATA_EVENTS_WRITE_MISSING("cloudtrail_s3_dataevents_write_enabled"),
    S3_DATA_EVENTS_READ_MISSING("cloudtrail_s3_dataevents_read_enabled"),
    SNS_UNENCRYPTED("sns_topic_kms_encryption"),
    SNS_PUBLIC_POLICY("sns_topic_policy_not_public"),
    EKS_PUBLIC_ENDPOINT("eks_cluster_endpoint_not_public"),
    EKS_LOGGING_INCOMPLETE("eks_cluster_control_plane_logging"),
    EKS_NO_SECRETS_ENCRYPTION("eks_cluster_secrets_encryption"),
    EKS_VERSION_UNSUPPORTED("eks_cluster_version_supported"),
    ECS_PRIVILEGED("ecs_task_definition_no_privileged_containers"),
    ECS_HOST_NETWORK("ecs_task_definition_no_host_network"),
    ECS_SECRET_ENV("ecs_task_definition_env_no_secret_names"),
    ECS_WRITABLE_ROOT("ecs_task_definition_readonly_root_filesystem"),
    ECS_ROOT_USER("ecs_task_definition_non_root_user"),
    ECS_NO_LOGGING("ecs_task_definition_logging_configured"),
    WAF_NO_LOGGING("wafv2_webacl_logging_enabled"),
    WAF_EMPTY_ALLOW("wafv2_webacl_with_rules"),
    WAF_NO_METRICS("wafv2_webacl_cloudwatch_metrics_enabled"),
    R53_NO_DNSSEC("route53_public_hosted_zone_dnssec_signing"),
    R53_NO_QUERY_LOGGING("route53_public_hosted_zone_query_logging");
    SECRET_NO_ROTATION("secretsmanager_secret_rotation_enabled"),
    SECRET_NOT_ROTATED("secretsmanager_secret_rotated_periodically"),
    SECRET_UNUSED("secretsmanager_secret_unused"),
    SECRET_PUBLIC_POLICY("secretsmanager_secret_policy_not_public"),
    SECRET_DEFAULT_KEY("secretsmanager_secret_cmk_encryption"),
    SQS_UNENCRYPTED("sqs_queue_encryption_enabled"),
    SQS_PUBLIC_POLICY("sqs_queue_policy_not_public"),
    SQS_NO_DEAD_LETTER_QUEUE("sqs_queue_dead_letter_queue"),
    SSM_PUBLIC_DOCUMENT("ssm_document_not_public"),
    SSM_PUBLIC_SHARING_ALLOWED("ssm_documents_public_sharing_blocked"),
    EVENTBRIDGE_PUBLIC_BUS("eventbridge_bus_policy_not_public");
    AMI_PUBLIC("ec2_ami_not_public"),
    EBS_SNAPSHOT_PUBLIC("ec2_ebs_snapshot_not_public"),
    EBS_SNAPSHOT_UNENCRYPTED("ec2_ebs_snapshot_encrypted"),
    VOLUME_UNATTACHED("ec2_volume_in_use"),
    INSTANCE_STOPPED_LONG("ec2_instance_not_stopped_30_days"),
    LAUNCH_TEMPLATE_IMDSV1("ec2_launch_template_imdsv2_required"),
    LAUNCH_TEMPLATE_PUBLIC_IP("ec2_launch_template_no_public_ip"),
    ASG_LAUNCH_CONFIGURATION("autoscaling_group_launch_template"),
    ASG_SINGLE_AZ("autoscaling_group_multiple_az"),
    ASG_NO_ELB_HEALTH_CHECK("autoscaling_group_elb_health_check");
    /** Organization-wide (OrgGovernance), planted once per organization, never in an account's plan. */
    ROOT_ACCESS_NOT_CENTRALIZED("organizations_root_access_centralized"),
    SECURITY_SERVICE_NO_DELEGATED_ADMIN("organizations_security_services_delegated_admin"),
    BUCKET_NO_MFA_DELETE("s3_bucket_mfa_delete_enabled"),
    ROLE_GITHUB_ANY_REPOSITORY("iam_role_trust_github_oidc_sub_restricted"),
    ROLE_WEB_IDENTITY_NO_AUDIENCE("iam_role_trust_web_identity_aud_condition");

    private static final List<Set<Plant>> EXCLUSIVE = List.of(
            EnumSet.of(NO_PASSWORD_POLICY, PASSWORD_TOO_SHORT, PASSWORD_REUSE),
            EnumSet.of(NO_TRAIL, SINGLE_REGION_TRAIL),
            EnumSet.of(NO_TRAIL, TRAIL_BUCKET_NO_LOGGING),
            EnumSet.of(ROOT_NO_MFA, ROOT_VIRTUAL_MFA),
            EnumSet.of(BUDGET_MISSING, BUDGET_NO_ALERTS));

    private final String checkId;

    Plant(String checkId) {
        this.checkId = checkId;
    }

    public String checkId() {
        return checkId;
    }

    public boolean scp() {
        return this == SCP_NO_LEAVE_ORG || this == SCP_NO_CLOUDTRAIL || this == SCP_NO_GUARDDUTY
                || this == SCP_NO_REGIONS || this == SCP_NO_REQUIRED_TAGS || this == TAG_POLICY_MISSING;
    }

    /** Planted in the organization's settings (OrgGovernance), not in an account. */
    public boolean organizationWide() {
        return this == ROOT_ACCESS_NOT_CENTRALIZED || this == SECURITY_SERVICE_NO_DELEGATED_ADMIN;
    }

    /** Whether {@code this} can join an account that already has {@code present}. */
    public boolean compatibleWith(Set<Plant> present) {
        if (present.contains(this) || organizationWide()) {
            return false;
        }
        for (Set<Plant> group : EXCLUSIVE) {
            if (group.contains(this) && present.stream().anyMatch(group::contains)) {
                return false;
            }
        }
        return true;
    }
}
