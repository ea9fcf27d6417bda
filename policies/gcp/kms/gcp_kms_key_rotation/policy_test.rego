package vigil.gcp.kms.gcp_kms_key_rotation_test

import data.vigil.gcp.kms.gcp_kms_key_rotation

res(attributes, tags) := {"provider": "gcp", "account_id": "acct-1", "region": "global", "service": "kms", "type": "gcp.kms.crypto_key", "id": "r1", "name": "r1", "uid": "uid-r1", "tags": tags, "attributes": attributes}

test_none_fails if {
	result := gcp_kms_key_rotation.deny with input as {"resource": res({"purpose": "ENCRYPT_DECRYPT"}, {})}
	count(result) == 1
}

test_yearly_fails if {
	result := gcp_kms_key_rotation.deny with input as {"resource": res({"purpose": "ENCRYPT_DECRYPT", "rotationPeriod": "31536000s"}, {})}
	count(result) == 1
}

test_ninety_days_passes if {
	result := gcp_kms_key_rotation.deny with input as {"resource": res({"purpose": "ENCRYPT_DECRYPT", "rotationPeriod": "7776000s"}, {})}
	count(result) == 0
}

test_signing_key_passes if {
	result := gcp_kms_key_rotation.deny with input as {"resource": res({"purpose": "ASYMMETRIC_SIGN"}, {})}
	count(result) == 0
}
