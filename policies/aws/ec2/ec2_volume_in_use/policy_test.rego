package vigil.aws.ec2.ec2_volume_in_use_test

import data.vigil.aws.ec2.ec2_volume_in_use

volume(attributes) := {
	"provider": "aws", "account_id": "111122223333", "region": "eu-west-1", "type": "aws.ec2.volume",
	"id": "vol-1", "uid": "arn:aws:ec2:eu-west-1:111122223333:volume/vol-1", "name": "vol-1", "tags": {},
	"attributes": object.union({"VolumeId": "vol-1", "Encrypted": true, "Size": 8}, attributes),
}

deny(attributes) := result if {
	result := ec2_volume_in_use.deny with input as {"resource": volume(attributes)}
}

test_attached_volume_passes if {
	count(deny({"State": "in-use", "Attachments": [{"InstanceId": "i-1", "State": "attached"}]})) == 0
}

test_available_volume_fails if {
	result := deny({"State": "available", "Attachments": []})
	count(result) == 1
	some r in result
	r.evidence.State == "available"
	contains(r.msg, "8 GiB")
}

test_other_states_pass if {
	count(deny({"State": "creating"})) == 0
	count(deny({"State": "deleting"})) == 0
	count(deny({})) == 0
}
