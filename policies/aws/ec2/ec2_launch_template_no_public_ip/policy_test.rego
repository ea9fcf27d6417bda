package vigil.aws.ec2.ec2_launch_template_no_public_ip_test

import data.vigil.aws.ec2.ec2_launch_template_no_public_ip

template(default_version) := {
	"provider": "aws", "account_id": "111122223333", "region": "eu-west-1", "type": "aws.ec2.launch_template",
	"id": "lt-1", "uid": "arn:aws:ec2:eu-west-1:111122223333:launch-template/lt-1", "name": "app", "tags": {},
	"attributes": {"LaunchTemplateId": "lt-1", "DefaultVersion": default_version},
}

deny(default_version) := result if {
	result := ec2_launch_template_no_public_ip.deny with input as {"resource": template(default_version)}
}

version(interfaces) := {"VersionNumber": 1, "LaunchTemplateData": {"NetworkInterfaces": interfaces}}

test_private_interface_passes if {
	count(deny(version([{"DeviceIndex": 0, "AssociatePublicIpAddress": false}]))) == 0
}

test_public_interface_fails if {
	result := deny(version([{"DeviceIndex": 0, "AssociatePublicIpAddress": false}, {"DeviceIndex": 1, "AssociatePublicIpAddress": true}]))
	count(result) == 1
	some r in result
	r.evidence.attribute == "DefaultVersion.LaunchTemplateData.NetworkInterfaces[1]"
}

test_no_interfaces_or_no_flag_passes if {
	count(deny(version([]))) == 0
	count(deny(version(null))) == 0
	count(deny(version([{"DeviceIndex": 0}]))) == 0
	count(deny({"VersionNumber": 1, "LaunchTemplateData": {}})) == 0
	count(deny(null)) == 0
}
