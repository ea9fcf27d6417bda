package vigil.gcp.functions.gcp_functions_function_not_public_test

import data.vigil.gcp.functions.gcp_functions_function_not_public

res(attributes) := {"provider": "gcp", "account_id": "acct-1", "region": "global", "service": "functions", "type": "gcp.functions.function", "id": "r1", "name": "r1", "uid": "uid-r1", "tags": {}, "attributes": attributes}

test_all_users_fails if {
	result := gcp_functions_function_not_public.deny with input as {"resource": res({"iamPolicy": {"bindings": [{"role": "roles/cloudfunctions.invoker", "members": ["allUsers"]}]}})}
	count(result) == 1
}

test_private_passes if {
	result := gcp_functions_function_not_public.deny with input as {"resource": res({"iamPolicy": {"bindings": [{"role": "roles/cloudfunctions.invoker", "members": ["group:g@x.example"]}]}})}
	count(result) == 0
}
