package vigil.gcp.kms.gcp_kms_key_not_public_test

import data.vigil.gcp.kms.gcp_kms_key_not_public

res(attributes, tags) := {"provider": "gcp", "account_id": "acct-1", "region": "global", "service": "kms", "type": "gcp.kms.crypto_key", "id": "r1", "name": "r1", "uid": "uid-r1", "tags": tags, "attributes": attributes}

test_public_fails if {
	result := gcp_kms_key_not_public.deny with input as {"resource": res({"iamPolicy": {"bindings": [{"role": "roles/cloudkms.cryptoKeyEncrypter", "members": ["allUsers"]}]}}, {})}
	count(result) == 1
}

test_private_passes if {
	result := gcp_kms_key_not_public.deny with input as {"resource": res({"iamPolicy": {"bindings": [{"role": "roles/cloudkms.cryptoKeyEncrypter", "members": ["serviceAccount:a@p.iam.gserviceaccount.com"]}]}}, {})}
	count(result) == 0
}
