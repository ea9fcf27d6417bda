package vigil.aws.ssm.ssm_documents_public_sharing_blocked_test

import data.vigil.aws.ssm.ssm_documents_public_sharing_blocked

id := "/ssm/documents/console/public-sharing-permission"

deny(attrs) := result if {
	result := ssm_documents_public_sharing_blocked.deny with input as {"resource": {
		"provider": "aws", "account_id": "111122223333", "region": "us-east-1", "service": "ssm",
		"type": "aws.ssm.service_setting", "id": id,
		"uid": "arn:aws:ssm:us-east-1:111122223333:servicesetting/ssm/documents/console/public-sharing-permission",
		"name": id, "tags": {}, "attributes": attrs,
	}}
}

test_disabled_passes if {
	count(deny({"SettingId": id, "SettingValue": "Disable", "Status": "Customized"})) == 0
}

test_enabled_fails if {
	result := deny({"SettingId": id, "SettingValue": "Enable", "Status": "Default"})
	count(result) == 1
	some r in result
	r.evidence.SettingValue == "Enable"
}

test_missing_value_fails if {
	count(deny({"SettingId": id})) == 1
}

test_other_settings_are_not_judged if {
	count(deny({"SettingId": "/ssm/parameter-store/high-throughput-enabled", "SettingValue": "false"})) == 0
}
