package vigil.aws.rds.rds_cluster_deletion_protection_test

import data.vigil.aws.rds.rds_cluster_deletion_protection

clean := {"Engine": "postgres", "PubliclyAccessible": false, "StorageEncrypted": true, "BackupRetentionPeriod": 7, "DeletionProtection": true, "AutoMinorVersionUpgrade": true, "IAMDatabaseAuthenticationEnabled": true, "MultiAZ": true}

resource(changes) := {
	"provider": "aws", "account_id": "111122223333", "region": "us-east-1", "service": "rds",
	"type": "aws.rds.cluster", "id": "app", "uid": "arn:aws:rds:us-east-1:111122223333:cluster:app", "name": "app", "tags": {},
	"attributes": object.union(clean, changes),
}

deny(changes) := result if {
	result := rds_cluster_deletion_protection.deny with input as {"resource": resource(changes)}
}

test_clean_passes if {
	count(deny({"DeletionProtection": true})) == 0
}

test_misconfigured_fails if {
	result := deny({"DeletionProtection": false})
	count(result) == 1
	some r in result
	r.evidence.DeletionProtection == false
}

test_absent_attribute_passes if {
	count(rds_cluster_deletion_protection.deny) == 0 with input as {"resource": object.union(resource({}), {"attributes": object.remove(clean, ["DeletionProtection"])})}
}
