package vigil.aws.ec2.ec2_ebs_default_encryption_test

import data.vigil.aws.ec2.ec2_ebs_default_encryption

region(enabled) := {
	"provider": "aws", "account_id": "111122223333", "region": "eu-west-1", "type": "aws.ec2.region",
	"id": "eu-west-1", "uid": "arn:aws:ec2:eu-west-1:111122223333:region", "name": "eu-west-1", "tags": {},
	"attributes": {"RegionName": "eu-west-1", "OptInStatus": "opt-in-not-required", "EbsEncryptionByDefault": enabled},
}

test_enabled_passes if {
	count(ec2_ebs_default_encryption.deny) == 0 with input as {"resource": region(true)}
}

test_disabled_fails if {
	result := ec2_ebs_default_encryption.deny with input as {"resource": region(false)}
	count(result) == 1
	some r in result
	contains(r.msg, "eu-west-1")
}
