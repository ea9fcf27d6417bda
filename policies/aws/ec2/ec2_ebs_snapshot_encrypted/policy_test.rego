package vigil.aws.ec2.ec2_ebs_snapshot_encrypted_test

import data.vigil.aws.ec2.ec2_ebs_snapshot_encrypted

snapshot(attributes) := {
	"provider": "aws", "account_id": "111122223333", "region": "eu-west-1", "type": "aws.ec2.snapshot",
	"id": "snap-1", "uid": "arn:aws:ec2:eu-west-1::snapshot/snap-1", "name": "snap-1", "tags": {},
	"attributes": object.union({"SnapshotId": "snap-1", "OwnerId": "111122223333"}, attributes),
}

deny(attributes) := result if {
	result := ec2_ebs_snapshot_encrypted.deny with input as {"resource": snapshot(attributes)}
}

test_encrypted_snapshot_passes if {
	count(deny({"Encrypted": true, "KmsKeyId": "arn:aws:kms:eu-west-1:111122223333:key/k"})) == 0
}

test_unencrypted_snapshot_fails if {
	result := deny({"Encrypted": false})
	count(result) == 1
	some r in result
	r.evidence.Encrypted == false
}

test_absent_flag_does_not_fail if {
	count(deny({})) == 0
}
