package vigil.aws.iam.iam_root_hardware_mfa_enabled_test

import data.vigil.aws.iam.iam_root_hardware_mfa_enabled

account(attrs) := {
	"provider": "aws", "account_id": "111122223333", "region": "global", "service": "iam",
	"type": "aws.iam.account", "id": "111122223333", "uid": "arn:aws:iam::111122223333:root",
	"name": "111122223333", "tags": {}, "attributes": attrs,
}

deny(attrs) := result if {
	result := iam_root_hardware_mfa_enabled.deny with input as {"resource": account(attrs)}
}

root_device := {"SerialNumber": "arn:aws:iam::111122223333:mfa/root-account-mfa-device", "UserArn": "arn:aws:iam::111122223333:root"}

user_device := {"SerialNumber": "arn:aws:iam::111122223333:mfa/alice", "UserArn": "arn:aws:iam::111122223333:user/alice"}

test_hardware_root_mfa_passes if {
	# the root's device is not among the virtual ones; users' virtual devices do not count
	count(deny({"SummaryMap": {"AccountMFAEnabled": 1}, "VirtualMFADevices": [user_device]})) == 0
}

test_virtual_root_mfa_fails if {
	result := deny({"SummaryMap": {"AccountMFAEnabled": 1}, "VirtualMFADevices": [user_device, root_device]})
	count(result) == 1
	some r in result
	r.evidence.attribute == "VirtualMFADevices[1]"
	contains(r.msg, "root-account-mfa-device")
}

test_gov_cloud_partition_fails if {
	device := {"SerialNumber": "x", "UserArn": "arn:aws-us-gov:iam::111122223333:root"}
	count(deny({"VirtualMFADevices": [device]})) == 1
}

test_user_named_root_passes if {
	device := {"SerialNumber": "x", "UserArn": "arn:aws:iam::111122223333:user/root"}
	count(deny({"VirtualMFADevices": [device]})) == 0
}

test_no_devices_or_unknown_passes if {
	count(deny({"VirtualMFADevices": []})) == 0
	count(deny({"VirtualMFADevices": null})) == 0
	count(deny({})) == 0
	count(deny({"VirtualMFADevices": [{"SerialNumber": "x", "UserArn": null}]})) == 0
}
