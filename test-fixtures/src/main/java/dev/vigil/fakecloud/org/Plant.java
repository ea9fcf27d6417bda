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
