package vigil.aws.kms.kms_key_policy_not_public_test

import data.vigil.aws.kms.kms_key_policy_not_public

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

public := {"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "kms:Decrypt", "Resource": "*"}

test_account_principal_passes if {
	count(kms_key_policy_not_public.deny) == 0 with input as {"resource": key({})}
}

test_public_principal_fails if {
	result := kms_key_policy_not_public.deny with input as {"resource": key({"KeyPolicy": {"Statement": [public]}})}
	count(result) == 1
	some r in result
	r.evidence.value == public
}

test_star_string_principal_fails if {
	count(kms_key_policy_not_public.deny) == 1 with input as {"resource": key({"KeyPolicy": {"Statement": [object.union(public, {"Principal": "*"})]}})}
}

test_conditioned_public_principal_passes if {
	statement := object.union(public, {"Condition": {"StringEquals": {"kms:CallerAccount": "111122223333"}}})
	count(kms_key_policy_not_public.deny) == 0 with input as {"resource": key({"KeyPolicy": {"Statement": [statement]}})}
}
