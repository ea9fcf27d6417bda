package vigil.gcp.storage.gcp_storage_bucket_uniform_access_test

import data.vigil.gcp.storage.gcp_storage_bucket_uniform_access

res(attributes, tags) := {"provider": "gcp", "account_id": "acct-1", "region": "global", "service": "storage", "type": "gcp.storage.bucket", "id": "r1", "name": "r1", "uid": "uid-r1", "tags": tags, "attributes": attributes}

test_acl_fails if {
	result := gcp_storage_bucket_uniform_access.deny with input as {"resource": res({"iamConfiguration": {"uniformBucketLevelAccess": {"enabled": false}}}, {})}
	count(result) == 1
}

test_absent_fails if {
	result := gcp_storage_bucket_uniform_access.deny with input as {"resource": res({}, {})}
	count(result) == 1
}

test_uniform_passes if {
	result := gcp_storage_bucket_uniform_access.deny with input as {"resource": res({"name": "b", "iamConfiguration": {"uniformBucketLevelAccess": {"enabled": true}, "publicAccessPrevention": "enforced"}, "encryption": {"defaultKmsKeyName": "projects/p/locations/us/keyRings/r/cryptoKeys/k"}, "iamPolicy": {"bindings": []}}, {})}
	count(result) == 0
}
