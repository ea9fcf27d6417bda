package vigil.gcp.functions.gcp_functions_function_runtime_supported_test

import data.vigil.gcp.functions.gcp_functions_function_runtime_supported

res(attributes) := {"provider": "gcp", "account_id": "acct-1", "region": "global", "service": "functions", "type": "gcp.functions.function", "id": "r1", "name": "r1", "uid": "uid-r1", "tags": {}, "attributes": attributes}

test_deprecated_fails if {
	result := gcp_functions_function_runtime_supported.deny with input as {"resource": res({"runtime": "nodejs16"})}
	count(result) == 1
}

test_supported_passes if {
	result := gcp_functions_function_runtime_supported.deny with input as {"resource": res({"runtime": "python312"})}
	count(result) == 0
}

test_configured_list_is_used if {
	result := gcp_functions_function_runtime_supported.deny with input as {"resource": res({"runtime": "python312"})} with data.vigil.config as {"gcp_deprecated_function_runtimes": ["python312"]}
	count(result) == 1
}

test_configured_list_replaces_default if {
	result := gcp_functions_function_runtime_supported.deny with input as {"resource": res({"runtime": "nodejs16"})} with data.vigil.config as {"gcp_deprecated_function_runtimes": ["python37"]}
	count(result) == 0
}
