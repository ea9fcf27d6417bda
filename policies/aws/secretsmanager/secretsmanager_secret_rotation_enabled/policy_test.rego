package vigil.aws.secretsmanager.secretsmanager_secret_rotation_enabled_test

import data.vigil.aws.secretsmanager.secretsmanager_secret_rotation_enabled

deny(attrs) := result if {
	result := secretsmanager_secret_rotation_enabled.deny with input as {"resource": {
		"provider": "aws", "account_id": "111122223333", "region": "us-east-1", "service": "secretsmanager",
		"type": "aws.secretsmanager.secret", "id": "prod/db",
		"uid": "arn:aws:secretsmanager:us-east-1:111122223333:secret:prod/db-AbCdEf", "name": "prod/db", "tags": {},
		"attributes": object.union({"Name": "prod/db"}, attrs),
	}}
}

test_rotation_enabled_passes if {
	count(deny({"RotationEnabled": true, "RotationRules": {"AutomaticallyAfterDays": 30}})) == 0
}

test_rotation_disabled_fails if {
	result := deny({"RotationEnabled": false})
	count(result) == 1
	some r in result
	r.evidence.RotationEnabled == false
}

test_absent_or_null_flag_fails if {
	count(deny({})) == 1
	count(deny({"RotationEnabled": null})) == 1
}

test_string_true_is_not_a_flag if {
	count(deny({"RotationEnabled": "true"})) == 1
}
