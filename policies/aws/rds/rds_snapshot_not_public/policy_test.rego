package vigil.aws.rds.rds_snapshot_not_public_test

import data.vigil.aws.rds.rds_snapshot_not_public

snapshot(attributes) := {
	"provider": "aws", "account_id": "111122223333", "region": "us-east-1", "service": "rds",
	"type": "aws.rds.snapshot", "id": "snap", "uid": "arn:aws:rds:us-east-1:111122223333:snapshot:snap",
	"name": "snap", "tags": {},
	"attributes": object.union({"DBSnapshotIdentifier": "snap", "SnapshotType": "manual", "Encrypted": true}, attributes),
}

deny(attributes) := result if {
	result := rds_snapshot_not_public.deny with input as {"resource": snapshot(attributes)}
}

test_private_snapshot_passes if {
	count(deny({"DBSnapshotAttributes": [{"AttributeName": "restore", "AttributeValues": []}]})) == 0
}

test_shared_with_named_account_passes if {
	count(deny({"DBSnapshotAttributes": [{"AttributeName": "restore", "AttributeValues": ["444455556666"]}]})) == 0
}

test_public_snapshot_fails if {
	result := deny({"DBSnapshotAttributes": [{"AttributeName": "restore", "AttributeValues": ["444455556666", "all"]}]})
	count(result) == 1
	some r in result
	r.evidence.attribute == "DBSnapshotAttributes[0]"
}

test_all_under_another_attribute_passes if {
	count(deny({"DBSnapshotAttributes": [{"AttributeName": "other", "AttributeValues": ["all"]}]})) == 0
}

test_absent_or_null_attributes_pass if {
	count(deny({})) == 0
	count(deny({"DBSnapshotAttributes": null})) == 0
	count(deny({"DBSnapshotAttributes": [{"AttributeName": "restore", "AttributeValues": null}]})) == 0
}
