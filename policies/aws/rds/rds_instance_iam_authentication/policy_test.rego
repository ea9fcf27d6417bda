package vigil.aws.rds.rds_instance_iam_authentication_test

import data.vigil.aws.rds.rds_instance_iam_authentication

clean := {"Engine": "postgres", "PubliclyAccessible": false, "StorageEncrypted": true, "BackupRetentionPeriod": 7, "DeletionProtection": true, "AutoMinorVersionUpgrade": true, "IAMDatabaseAuthenticationEnabled": true, "MultiAZ": true}

resource(changes) := {
	"provider": "aws", "account_id": "111122223333", "region": "us-east-1", "service": "rds",
	"type": "aws.rds.instance", "id": "app", "uid": "arn:aws:rds:us-east-1:111122223333:db:app", "name": "app", "tags": {},
	"attributes": object.union(clean, changes),
}

deny(changes) := result if {
	result := rds_instance_iam_authentication.deny with input as {"resource": resource(changes)}
}

test_clean_passes if {
	count(deny({"IAMDatabaseAuthenticationEnabled": true})) == 0
}

test_misconfigured_fails if {
	result := deny({"IAMDatabaseAuthenticationEnabled": false})
	count(result) == 1
	some r in result
	r.evidence.IAMDatabaseAuthenticationEnabled == false
}

test_absent_attribute_passes if {
	count(rds_instance_iam_authentication.deny) == 0 with input as {"resource": object.union(resource({}), {"attributes": object.remove(clean, ["IAMDatabaseAuthenticationEnabled"])})}
}

test_aurora_member_is_left_to_its_cluster if {
	count(deny(object.union({"IAMDatabaseAuthenticationEnabled": false}, {"DBClusterIdentifier": "app-aurora", "Engine": "aurora-postgresql"}))) == 0
}

test_empty_cluster_identifier_is_standalone if {
	count(deny(object.union({"IAMDatabaseAuthenticationEnabled": false}, {"DBClusterIdentifier": ""}))) == 1
}

test_engine_without_iam_authentication_passes if {
	count(deny({"Engine": "sqlserver-se", "IAMDatabaseAuthenticationEnabled": false})) == 0
	count(deny({"Engine": "mysql", "IAMDatabaseAuthenticationEnabled": false})) == 1
	count(deny({"Engine": "mariadb", "IAMDatabaseAuthenticationEnabled": false})) == 1
}
