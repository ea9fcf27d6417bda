package vigil.gcp.functions.gcp_functions_function_ingress_restricted_test

import data.vigil.gcp.functions.gcp_functions_function_ingress_restricted

res(attributes) := {"provider": "gcp", "account_id": "acct-1", "region": "global", "service": "functions", "type": "gcp.functions.function", "id": "r1", "name": "r1", "uid": "uid-r1", "tags": {}, "attributes": attributes}

test_absent_fails if {
	result := gcp_functions_function_ingress_restricted.deny with input as {"resource": res({})}
	count(result) == 1
}

test_allow_all_fails if {
	result := gcp_functions_function_ingress_restricted.deny with input as {"resource": res({"ingressSettings": "ALLOW_ALL"})}
	count(result) == 1
}

test_internal_passes if {
	result := gcp_functions_function_ingress_restricted.deny with input as {"resource": res({"ingressSettings": "ALLOW_INTERNAL_ONLY"})}
	count(result) == 0
}
