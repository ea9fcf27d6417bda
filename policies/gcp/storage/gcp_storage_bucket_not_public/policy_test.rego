package vigil.gcp.storage.gcp_storage_bucket_not_public_test

import data.vigil.gcp.storage.gcp_storage_bucket_not_public

res(attributes, tags) := {"provider": "gcp", "account_id": "acct-1", "region": "global", "service": "storage", "type": "gcp.storage.bucket", "id": "r1", "name": "r1", "uid": "uid-r1", "tags": tags, "attributes": attributes}

test_all_users_fails if {
	result := gcp_storage_bucket_not_public.deny with input as {"resource": res({"name": "b", "iamConfiguration": {"uniformBucketLevelAccess": {"enabled": true}, "publicAccessPrevention": "enforced"}, "encryption": {"defaultKmsKeyName": "projects/p/locations/us/keyRings/r/cryptoKeys/k"}, "iamPolicy": {"bindings": [{"role": "roles/storage.objectViewer", "members": ["allUsers"]}]}}, {})}
	count(result) == 1
}

test_group_passes if {
	result := gcp_storage_bucket_not_public.deny with input as {"resource": res({"name": "b", "iamConfiguration": {"uniformBucketLevelAccess": {"enabled": true}, "publicAccessPrevention": "enforced"}, "encryption": {"defaultKmsKeyName": "projects/p/locations/us/keyRings/r/cryptoKeys/k"}, "iamPolicy": {"bindings": [{"role": "roles/storage.objectViewer", "members": ["group:g@example.com"]}]}}, {})}
	count(result) == 0
}
