package vigil.gcp.bigquery.gcp_bigquery_dataset_cmek_test

import data.vigil.gcp.bigquery.gcp_bigquery_dataset_cmek

res(attributes) := {"provider": "gcp", "account_id": "acct-1", "region": "US", "service": "bigquery", "type": "gcp.bigquery.dataset", "id": "ds", "name": "ds", "uid": "uid-ds", "tags": {}, "attributes": attributes}

test_absent_fails if {
	result := gcp_bigquery_dataset_cmek.deny with input as {"resource": res({"datasetReference": {"datasetId": "ds"}})}
	count(result) == 1
}

test_empty_key_fails if {
	result := gcp_bigquery_dataset_cmek.deny with input as {"resource": res({"defaultEncryptionConfiguration": {"kmsKeyName": ""}})}
	count(result) == 1
}

test_cmek_passes if {
	result := gcp_bigquery_dataset_cmek.deny with input as {"resource": res({"defaultEncryptionConfiguration": {"kmsKeyName": "projects/p/locations/us/keyRings/r/cryptoKeys/k"}})}
	count(result) == 0
}
