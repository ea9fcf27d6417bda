package vigil.aws.ec2.ec2_ami_not_public_test

import data.vigil.aws.ec2.ec2_ami_not_public

image(attributes) := {
	"provider": "aws", "account_id": "111122223333", "region": "eu-west-1", "type": "aws.ec2.image",
	"id": "ami-1", "uid": "arn:aws:ec2:eu-west-1::image/ami-1", "name": "golden", "tags": {},
	"attributes": object.union({"ImageId": "ami-1", "Name": "golden", "OwnerId": "111122223333"}, attributes),
}

deny(attributes) := result if {
	result := ec2_ami_not_public.deny with input as {"resource": image(attributes)}
}

test_private_image_passes if {
	count(deny({"PublicLaunchPermissions": false})) == 0
}

test_public_image_fails if {
	result := deny({"PublicLaunchPermissions": true})
	count(result) == 1
	some r in result
	r.evidence.PublicLaunchPermissions == true
}

test_absent_or_non_boolean_flag_does_not_fail if {
	count(deny({})) == 0
	count(deny({"PublicLaunchPermissions": null})) == 0
	count(deny({"PublicLaunchPermissions": "true"})) == 0
	count(deny({"Public": true})) == 0
}
