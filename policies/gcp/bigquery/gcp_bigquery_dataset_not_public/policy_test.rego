package vigil.gcp.bigquery.gcp_bigquery_dataset_not_public_test

import data.vigil.gcp.bigquery.gcp_bigquery_dataset_not_public

res(attributes) := {"provider": "gcp", "account_id": "acct-1", "region": "US", "service": "bigquery", "type": "gcp.bigquery.dataset", "id": "ds", "name": "ds", "uid": "uid-ds", "tags": {}, "attributes": attributes}

private_access := [
	{"role": "OWNER", "specialGroup": "projectOwners"},
	{"role": "READER", "groupByEmail": "analysts@example.com"},
	{"role": "READER", "domain": "example.com"},
]

test_all_users_fails if {
	result := gcp_bigquery_dataset_not_public.deny with input as {"resource": res({"access": array.concat(private_access, [{"role": "READER", "iamMember": "allUsers"}])})}
	count(result) == 1
}

test_all_authenticated_users_fails if {
	result := gcp_bigquery_dataset_not_public.deny with input as {"resource": res({"access": array.concat(private_access, [{"role": "WRITER", "specialGroup": "allAuthenticatedUsers"}])})}
	count(result) == 1
}

test_private_passes if {
	result := gcp_bigquery_dataset_not_public.deny with input as {"resource": res({"access": private_access})}
	count(result) == 0
}

test_no_access_list_passes if {
	result := gcp_bigquery_dataset_not_public.deny with input as {"resource": res({})}
	count(result) == 0
}
