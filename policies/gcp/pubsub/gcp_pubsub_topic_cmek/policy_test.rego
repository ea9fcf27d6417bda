package vigil.gcp.pubsub.gcp_pubsub_topic_cmek_test

import data.vigil.gcp.pubsub.gcp_pubsub_topic_cmek

res(attributes) := {"provider": "gcp", "account_id": "acct-1", "region": "global", "service": "pubsub", "type": "gcp.pubsub.topic", "id": "r1", "name": "r1", "uid": "uid-r1", "tags": {}, "attributes": attributes}

test_no_key_fails if {
	result := gcp_pubsub_topic_cmek.deny with input as {"resource": res({"name": "projects/p/topics/t"})}
	count(result) == 1
}

test_key_passes if {
	result := gcp_pubsub_topic_cmek.deny with input as {"resource": res({"name": "projects/p/topics/t", "kmsKeyName": "projects/p/locations/us/keyRings/r/cryptoKeys/k"})}
	count(result) == 0
}
