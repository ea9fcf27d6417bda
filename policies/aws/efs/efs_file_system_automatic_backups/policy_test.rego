package vigil.aws.efs.efs_file_system_automatic_backups_test

import data.vigil.aws.efs.efs_file_system_automatic_backups

resource(attributes) := {
	"provider": "aws", "account_id": "111122223333", "region": "us-east-1", "service": "elasticfilesystem",
	"type": "aws.efs.file_system", "id": "fs-0123456789abcdef0", "name": "shared", "tags": {},
	"uid": "arn:aws:elasticfilesystem:us-east-1:111122223333:file-system/fs-0123456789abcdef0",
	"attributes": object.union({"FileSystemId": "fs-0123456789abcdef0", "Encrypted": true}, attributes),
}

deny(attributes) := result if {
	result := efs_file_system_automatic_backups.deny with input as {"resource": resource(attributes)}
}

test_enabled_passes if {
	count(deny({"BackupPolicy": {"Status": "ENABLED"}})) == 0
}

test_enabling_passes if {
	count(deny({"BackupPolicy": {"Status": "ENABLING"}})) == 0
}

test_disabled_fails if {
	result := deny({"BackupPolicy": {"Status": "DISABLED"}})
	count(result) == 1
	some r in result
	r.evidence.BackupPolicy.Status == "DISABLED"
}

test_never_set_fails if {
	count(deny({"BackupPolicy": null})) == 1
}

test_disabling_fails if {
	count(deny({"BackupPolicy": {"Status": "DISABLING"}})) == 1
}

test_not_collected_gives_no_finding if {
	count(deny({})) == 0
}
