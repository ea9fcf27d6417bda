package vigil.gcp.storage.gcp_storage_bucket_public_access_prevention_test

import data.vigil.gcp.storage.gcp_storage_bucket_public_access_prevention

res(attributes, tags) := {"provider": "gcp", "account_id": "acct-1", "region": "global", "service": "storage", "type": "gcp.storage.bucket", "id": "r1", "name": "r1", "uid": "uid-r1", "tags": tags, "attributes": attributes}

test_inherited_fails if {
	result := gcp_storage_bucket_public_access_prevention.deny with input as {"resource": res({"iamConfiguration": {"publicAccessPrevention": "inherited"}}, {})}
	count(result) == 1
}

test_enforced_passes if {
	result := gcp_storage_bucket_public_access_prevention.deny with input as {"resource": res({"name": "b", "iamConfiguration": {"uniformBucketLevelAccess": {"enabled": true}, "publicAccessPrevention": "enforced"}, "encryption": {"defaultKmsKeyName": "projects/p/locations/us/keyRings/r/cryptoKeys/k"}, "iamPolicy": {"bindings": []}}, {})}
	count(result) == 0
}
