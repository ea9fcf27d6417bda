package vigil.aws.ec2.ec2_launch_template_imdsv2_required_test

import data.vigil.aws.ec2.ec2_launch_template_imdsv2_required

template(default_version) := {
	"provider": "aws", "account_id": "111122223333", "region": "eu-west-1", "type": "aws.ec2.launch_template",
	"id": "lt-1", "uid": "arn:aws:ec2:eu-west-1:111122223333:launch-template/lt-1", "name": "app", "tags": {},
	"attributes": {"LaunchTemplateId": "lt-1", "DefaultVersionNumber": 2, "DefaultVersion": default_version},
}

deny(default_version) := result if {
	result := ec2_launch_template_imdsv2_required.deny with input as {"resource": template(default_version)}
}

version(options) := {"VersionNumber": 2, "DefaultVersion": true, "LaunchTemplateData": {"ImageId": "ami-1", "MetadataOptions": options}}

test_required_passes if {
	count(deny(version({"HttpTokens": "required", "HttpEndpoint": "enabled"}))) == 0
}

test_optional_fails if {
	result := deny(version({"HttpTokens": "optional", "HttpEndpoint": "enabled"}))
	count(result) == 1
	some r in result
	r.evidence["MetadataOptions.HttpTokens"] == "optional"
	r.evidence["DefaultVersion.VersionNumber"] == 2
}

test_no_metadata_options_fails if {
	count(deny({"VersionNumber": 1, "LaunchTemplateData": {"ImageId": "ami-1"}})) == 1
	count(deny(version(null))) == 1
	count(deny(version({"HttpEndpoint": "enabled"}))) == 1
}

test_endpoint_disabled_passes if {
	count(deny(version({"HttpTokens": "optional", "HttpEndpoint": "disabled"}))) == 0
}

test_default_version_not_collected_is_not_judged if {
	count(deny(null)) == 0
	count(ec2_launch_template_imdsv2_required.deny) == 0 with input as {"resource": object.remove(template(null), ["attributes"])}
}
