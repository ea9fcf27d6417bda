package vigil.gcp.iam.gcp_iam_kms_separation_of_duties_test

import data.vigil.gcp.iam.gcp_iam_kms_separation_of_duties

res(attributes, tags) := {"provider": "gcp", "account_id": "acct-1", "region": "global", "service": "iam", "type": "gcp.resourcemanager.project", "id": "r1", "name": "r1", "uid": "uid-r1", "tags": tags, "attributes": attributes}

test_both_fail if {
	result := gcp_iam_kms_separation_of_duties.deny with input as {"resource": res({"iamPolicy": {"bindings": [{"role": "roles/cloudkms.admin", "members": ["user:k@example.com"]}, {"role": "roles/cloudkms.cryptoKeyEncrypterDecrypter", "members": ["user:k@example.com"]}]}}, {})}
	count(result) == 1
}

test_different_members_pass if {
	result := gcp_iam_kms_separation_of_duties.deny with input as {"resource": res({"iamPolicy": {"bindings": [{"role": "roles/cloudkms.admin", "members": ["user:k@example.com"]}, {"role": "roles/cloudkms.cryptoKeyEncrypterDecrypter", "members": ["user:j@example.com"]}]}}, {})}
	count(result) == 0
}
