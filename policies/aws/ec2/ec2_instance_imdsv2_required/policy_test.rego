package vigil.aws.ec2.ec2_instance_imdsv2_required_test

import data.vigil.aws.ec2.ec2_instance_imdsv2_required

instance(options) := {
	"provider": "aws", "account_id": "111122223333", "region": "eu-west-1", "type": "aws.ec2.instance",
	"id": "i-1", "uid": "arn:aws:ec2:eu-west-1:111122223333:instance/i-1", "name": "i-1", "tags": {},
	"attributes": {"InstanceId": "i-1", "MetadataOptions": options},
}

test_tokens_required_passes if {
	count(ec2_instance_imdsv2_required.deny) == 0 with input as {"resource": instance({"HttpTokens": "required", "HttpEndpoint": "enabled"})}
}

test_tokens_optional_fails if {
	result := ec2_instance_imdsv2_required.deny with input as {"resource": instance({"HttpTokens": "optional", "HttpEndpoint": "enabled"})}
	count(result) == 1
	some r in result
	r.evidence["MetadataOptions.HttpTokens"] == "optional"
}

test_endpoint_disabled_passes if {
	count(ec2_instance_imdsv2_required.deny) == 0 with input as {"resource": instance({"HttpTokens": "optional", "HttpEndpoint": "disabled"})}
}

test_missing_tokens_fails if {
	count(ec2_instance_imdsv2_required.deny) == 1 with input as {"resource": instance({"HttpEndpoint": "enabled"})}
}
