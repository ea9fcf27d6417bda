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
    NO_OWNER_TAG("costexplorer_account_owner_tag");

    private static final List<Set<Plant>> EXCLUSIVE = List.of(
            EnumSet.of(NO_PASSWORD_POLICY, PASSWORD_TOO_SHORT, PASSWORD_REUSE),
            EnumSet.of(NO_TRAIL, SINGLE_REGION_TRAIL),
            EnumSet.of(NO_TRAIL, TRAIL_BUCKET_NO_LOGGING));

    private final String checkId;

    Plant(String checkId) {
        this.checkId = checkId;
    }

    public String checkId() {
        return checkId;
    }

    public boolean scp() {
        return this == SCP_NO_LEAVE_ORG || this == SCP_NO_CLOUDTRAIL || this == SCP_NO_GUARDDUTY
                || this == SCP_NO_REGIONS;
    }

    /** Whether {@code this} can join an account that already has {@code present}. */
    public boolean compatibleWith(Set<Plant> present) {
        if (present.contains(this)) {
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
