package vigil.aws.neptune.neptune_cluster_iam_authentication_test

import data.vigil.aws.neptune.neptune_cluster_iam_authentication

resource(attributes) := {
	"provider": "aws", "account_id": "111122223333", "region": "us-east-1", "service": "rds",
	"type": "aws.rds.cluster", "id": "c1", "uid": "arn:aws:rds:us-east-1:111122223333:cluster:c1", "name": "c1", "tags": {},
	"attributes": attributes,
}

test_enabled_passes if {
	result := neptune_cluster_iam_authentication.deny with input as {"resource": resource({"Engine": "neptune", "IAMDatabaseAuthenticationEnabled": true})}
	count(result) == 0
}

test_disabled_fails if {
	result := neptune_cluster_iam_authentication.deny with input as {"resource": resource({"Engine": "neptune", "IAMDatabaseAuthenticationEnabled": false})}
	count(result) == 1
}

test_docdb_not_judged if {
	result := neptune_cluster_iam_authentication.deny with input as {"resource": resource({"Engine": "docdb", "IAMDatabaseAuthenticationEnabled": false})}
	count(result) == 0
}
