package vigil.gcp.run.gcp_run_service_not_public_test

import data.vigil.gcp.run.gcp_run_service_not_public

res(attributes) := {"provider": "gcp", "account_id": "acct-1", "region": "global", "service": "run", "type": "gcp.run.service", "id": "r1", "name": "r1", "uid": "uid-r1", "tags": {}, "attributes": attributes}

test_all_users_fails if {
	result := gcp_run_service_not_public.deny with input as {"resource": res({"iamPolicy": {"bindings": [{"role": "roles/run.invoker", "members": ["allUsers"]}]}})}
	count(result) == 1
}

test_authenticated_fails if {
	result := gcp_run_service_not_public.deny with input as {"resource": res({"iamPolicy": {"bindings": [{"role": "roles/run.invoker", "members": ["allAuthenticatedUsers"]}]}})}
	count(result) == 1
}

test_service_account_passes if {
	result := gcp_run_service_not_public.deny with input as {"resource": res({"iamPolicy": {"bindings": [{"role": "roles/run.invoker", "members": ["serviceAccount:a@p.iam.gserviceaccount.com"]}]}})}
	count(result) == 0
}
