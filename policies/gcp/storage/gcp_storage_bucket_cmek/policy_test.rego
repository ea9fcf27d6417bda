package vigil.gcp.storage.gcp_storage_bucket_cmek_test

import data.vigil.gcp.storage.gcp_storage_bucket_cmek

res(attributes, tags) := {"provider": "gcp", "account_id": "acct-1", "region": "global", "service": "storage", "type": "gcp.storage.bucket", "id": "r1", "name": "r1", "uid": "uid-r1", "tags": tags, "attributes": attributes}

test_absent_fails if {
	result := gcp_storage_bucket_cmek.deny with input as {"resource": res({}, {})}
	count(result) == 1
}

test_cmek_passes if {
	result := gcp_storage_bucket_cmek.deny with input as {"resource": res({"name": "b", "iamConfiguration": {"uniformBucketLevelAccess": {"enabled": true}, "publicAccessPrevention": "enforced"}, "encryption": {"defaultKmsKeyName": "projects/p/locations/us/keyRings/r/cryptoKeys/k"}, "iamPolicy": {"bindings": []}}, {})}
	count(result) == 0
}
