# METADATA
# scope: package
# title: EFS file systems have automatic backups enabled
# description: An EFS file system's backup policy (DescribeBackupPolicy) must have Status ENABLED or ENABLING;
#   no backup policy (null, PolicyNotFound) means automatic backups were never turned on.
# custom:
#   id: efs_file_system_automatic_backups
#   severity: medium
#   resource_types:
#   - aws.efs.file_system
#   risk: Without automatic AWS Backup copies a deleted directory, a ransomware encryption or a faulty
#     job cannot be rolled back.
#   remediation:
#     text: Turn on automatic backups for the file system (daily AWS Backup copies kept 35 days).
#     cli: aws efs put-backup-policy --file-system-id <fs-id> --backup-policy Status=ENABLED
#     terraform: |
#       resource "aws_efs_backup_policy" "fs" {
#         file_system_id = aws_efs_file_system.fs.id
#         backup_policy {
#           status = "ENABLED"
#         }
#       }
#     url: https://docs.aws.amazon.com/efs/latest/ug/awsbackup.html
#   categories:
#   - data-protection
package vigil.aws.efs.efs_file_system_automatic_backups

on_states := {"ENABLED", "ENABLING"}

deny contains result if {
	policy := input.resource.attributes.BackupPolicy
	status := backup_status(policy)
	not on_states[status]
	result := {
		"msg": sprintf("EFS file system %s has no automatic backups (backup policy status %v)", [input.resource.id, status]),
		"evidence": {"BackupPolicy": policy},
	}
}

backup_status(policy) := object.get(policy, "Status", null) if is_object(policy)

backup_status(policy) := null if not is_object(policy)
