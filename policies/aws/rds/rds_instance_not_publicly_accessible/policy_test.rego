package vigil.aws.rds.rds_instance_not_publicly_accessible_test

import data.vigil.aws.rds.rds_instance_not_publicly_accessible

clean := {"Engine": "postgres", "PubliclyAccessible": false, "StorageEncrypted": true, "BackupRetentionPeriod": 7, "DeletionProtection": true, "AutoMinorVersionUpgrade": true, "IAMDatabaseAuthenticationEnabled": true, "MultiAZ": true}

resource(changes) := {
	"provider": "aws", "account_id": "111122223333", "region": "us-east-1", "service": "rds",
	"type": "aws.rds.instance", "id": "app", "uid": "arn:aws:rds:us-east-1:111122223333:db:app", "name": "app", "tags": {},
	"attributes": object.union(clean, changes),
}

deny(changes) := result if {
	result := rds_instance_not_publicly_accessible.deny with input as {"resource": resource(changes)}
}

test_clean_passes if {
	count(deny({"PubliclyAccessible": false})) == 0
}

test_misconfigured_fails if {
	result := deny({"PubliclyAccessible": true})
	count(result) == 1
	some r in result
	r.evidence.PubliclyAccessible == true
}

test_absent_attribute_passes if {
	count(rds_instance_not_publicly_accessible.deny) == 0 with input as {"resource": object.union(resource({}), {"attributes": object.remove(clean, ["PubliclyAccessible"])})}
}
