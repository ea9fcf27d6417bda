package vigil.aws.ec2.ec2_instance_profile_attached_test

import data.vigil.aws.ec2.ec2_instance_profile_attached

instance(attrs) := {
	"provider": "aws", "account_id": "111122223333", "region": "eu-west-1", "type": "aws.ec2.instance",
	"id": "i-1", "uid": "arn:aws:ec2:eu-west-1:111122223333:instance/i-1", "name": "i-1", "tags": {},
	"attributes": object.union({"InstanceId": "i-1", "State": {"Code": 16, "Name": "running"}}, attrs),
}

deny(attrs) := result if {
	result := ec2_instance_profile_attached.deny with input as {"resource": instance(attrs)}
}

profile := {"Arn": "arn:aws:iam::111122223333:instance-profile/app", "Id": "AIPA1"}

test_profile_passes if {
	count(deny({"IamInstanceProfile": profile})) == 0
}

test_no_profile_fails if {
	result := deny({})
	count(result) == 1
	some r in result
	r.evidence.IamInstanceProfile == null
	r.evidence["State.Name"] == "running"
}

test_stopped_without_profile_fails if {
	count(deny({"State": {"Name": "stopped"}})) == 1
}

test_null_or_empty_profile_fails if {
	count(deny({"IamInstanceProfile": null})) == 1
	count(deny({"IamInstanceProfile": {"Arn": ""}})) == 1
}

test_terminated_without_profile_passes if {
	count(deny({"State": {"Name": "terminated"}})) == 0
	count(deny({"State": {"Name": "shutting-down"}})) == 0
}
