package vigil.gcp.storage.gcp_storage_log_bucket_retention_locked_test

import data.vigil.gcp.storage.gcp_storage_log_bucket_retention_locked

res(attributes, tags) := {"provider": "gcp", "account_id": "acct-1", "region": "global", "service": "storage", "type": "gcp.storage.bucket", "id": "r1", "name": "r1", "uid": "uid-r1", "tags": tags, "attributes": attributes}

test_unlocked_fails if {
	result := gcp_storage_log_bucket_retention_locked.deny with input as {"resource": res({"retentionPolicy": {"retentionPeriod": "100", "isLocked": false}}, {"purpose": "logs"})}
	count(result) == 1
}

test_none_fails if {
	result := gcp_storage_log_bucket_retention_locked.deny with input as {"resource": res({}, {"purpose": "logs"})}
	count(result) == 1
}

test_locked_passes if {
	result := gcp_storage_log_bucket_retention_locked.deny with input as {"resource": res({"retentionPolicy": {"retentionPeriod": "100", "isLocked": true}}, {"purpose": "logs"})}
	count(result) == 0
}

test_not_logs_passes if {
	result := gcp_storage_log_bucket_retention_locked.deny with input as {"resource": res({}, {"purpose": "data"})}
	count(result) == 0
}
