package vigil.aws.ec2.ec2_ebs_snapshot_not_public_test

import data.vigil.aws.ec2.ec2_ebs_snapshot_not_public

snapshot(attributes) := {
	"provider": "aws", "account_id": "111122223333", "region": "eu-west-1", "type": "aws.ec2.snapshot",
	"id": "snap-1", "uid": "arn:aws:ec2:eu-west-1::snapshot/snap-1", "name": "snap-1", "tags": {},
	"attributes": object.union({"SnapshotId": "snap-1", "Encrypted": false, "OwnerId": "111122223333"}, attributes),
}

deny(attributes) := result if {
	result := ec2_ebs_snapshot_not_public.deny with input as {"resource": snapshot(attributes)}
}

test_private_snapshot_passes if {
	count(deny({"CreateVolumePermissions": []})) == 0
}

test_shared_with_named_account_passes if {
	count(deny({"CreateVolumePermissions": [{"UserId": "444455556666"}]})) == 0
}

test_public_snapshot_fails if {
	result := deny({"CreateVolumePermissions": [{"UserId": "444455556666"}, {"Group": "all"}]})
	count(result) == 1
	some r in result
	r.evidence.attribute == "CreateVolumePermissions[1]"
	r.evidence.value.Group == "all"
}

test_absent_or_null_permissions_do_not_fail if {
	count(deny({})) == 0
	count(deny({"CreateVolumePermissions": null})) == 0
}
