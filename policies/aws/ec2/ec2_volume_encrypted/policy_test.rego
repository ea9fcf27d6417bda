package vigil.aws.ec2.ec2_volume_encrypted_test

import data.vigil.aws.ec2.ec2_volume_encrypted

volume(encrypted) := {
	"provider": "aws", "account_id": "111122223333", "region": "eu-west-1", "type": "aws.ec2.volume",
	"id": "vol-1", "uid": "arn:aws:ec2:eu-west-1:111122223333:volume/vol-1", "name": "vol-1", "tags": {},
	"attributes": {"VolumeId": "vol-1", "Encrypted": encrypted, "Size": 8},
}

test_encrypted_passes if {
	count(ec2_volume_encrypted.deny) == 0 with input as {"resource": volume(true)}
}

test_unencrypted_fails if {
	result := ec2_volume_encrypted.deny with input as {"resource": volume(false)}
	count(result) == 1
	some r in result
	r.evidence.Encrypted == false
}
