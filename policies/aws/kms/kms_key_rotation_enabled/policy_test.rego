package vigil.aws.kms.kms_key_rotation_enabled_test

import data.vigil.aws.kms.kms_key_rotation_enabled

# shallow(defaults, changes) replaces whole attributes (object.union would merge nested objects).
shallow(defaults, changes) := object.union(object.remove(defaults, [k | some k, _ in changes]), changes)
key(attrs) := {
	"provider": "aws", "account_id": "111122223333", "region": "eu-west-1", "service": "kms", "type": "aws.kms.key",
	"id": "1234abcd", "uid": "arn:aws:kms:eu-west-1:111122223333:key/1234abcd", "name": "1234abcd", "tags": {},
	"attributes": shallow({
		"KeyId": "1234abcd", "KeyManager": "CUSTOMER", "KeySpec": "SYMMETRIC_DEFAULT", "KeyState": "Enabled",
		"KeyUsage": "ENCRYPT_DECRYPT", "Enabled": true, "KeyRotationEnabled": true,
		"KeyPolicy": {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:root"}, "Action": "kms:*", "Resource": "*"}]},
	}, attrs),
}

test_rotation_enabled_passes if {
	count(kms_key_rotation_enabled.deny) == 0 with input as {"resource": key({})}
}

test_rotation_disabled_fails if {
	result := kms_key_rotation_enabled.deny with input as {"resource": key({"KeyRotationEnabled": false})}
	count(result) == 1
	some r in result
	r.evidence.KeyRotationEnabled == false
}

test_asymmetric_key_passes if {
	count(kms_key_rotation_enabled.deny) == 0 with input as {"resource": key({"KeyRotationEnabled": false, "KeySpec": "RSA_2048"})}
}

test_disabled_key_passes if {
	count(kms_key_rotation_enabled.deny) == 0 with input as {"resource": key({"KeyRotationEnabled": false, "KeyState": "Disabled"})}
	count(kms_key_rotation_enabled.deny) == 0 with input as {"resource": key({"KeyRotationEnabled": false, "KeyState": "PendingDeletion"})}
}

test_nested_key_metadata_fails if {
	attrs := {"KeyMetadata": {"KeyId": "1234abcd", "KeySpec": "SYMMETRIC_DEFAULT", "KeyState": "Enabled"}, "KeyRotationEnabled": false}
	k := key({})
	count(kms_key_rotation_enabled.deny) == 1 with input as {"resource": object.union(object.remove(k, ["attributes"]), {"attributes": attrs})}
}
