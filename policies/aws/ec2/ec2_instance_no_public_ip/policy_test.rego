package vigil.aws.ec2.ec2_instance_no_public_ip_test

import data.vigil.aws.ec2.ec2_instance_no_public_ip

instance(attrs) := {
	"provider": "aws", "account_id": "111122223333", "region": "eu-west-1", "type": "aws.ec2.instance",
	"id": "i-1", "uid": "arn:aws:ec2:eu-west-1:111122223333:instance/i-1", "name": "i-1", "tags": {},
	"attributes": object.union({"InstanceId": "i-1"}, attrs),
}

test_no_public_ip_passes if {
	count(ec2_instance_no_public_ip.deny) == 0 with input as {"resource": instance({})}
}

test_empty_or_null_public_ip_passes if {
	count(ec2_instance_no_public_ip.deny) == 0 with input as {"resource": instance({"PublicIpAddress": ""})}
	count(ec2_instance_no_public_ip.deny) == 0 with input as {"resource": instance({"PublicIpAddress": null})}
}

test_public_ip_fails if {
	result := ec2_instance_no_public_ip.deny with input as {"resource": instance({"PublicIpAddress": "203.0.113.10"})}
	count(result) == 1
	some r in result
	r.evidence.PublicIpAddress == "203.0.113.10"
}
