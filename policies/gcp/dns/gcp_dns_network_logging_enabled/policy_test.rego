package vigil.gcp.dns.gcp_dns_network_logging_enabled_test

import data.vigil.gcp.dns.gcp_dns_network_logging_enabled

res(attributes) := {"provider": "gcp", "account_id": "acct-1", "region": "global", "service": "dns", "type": "gcp.account", "id": "r1", "name": "r1", "uid": "uid-r1", "tags": {}, "attributes": attributes}

test_no_policy_fails if {
	result := gcp_dns_network_logging_enabled.deny with input as {"resource": res({}), "account_resources": {"gcp.compute.network": [{"attributes": {"name": "vpc", "selfLink": "https://www.googleapis.com/compute/v1/projects/p/global/networks/vpc"}}]}}
	count(result) == 1
}

test_logging_policy_passes if {
	result := gcp_dns_network_logging_enabled.deny with input as {"resource": res({}), "account_resources": {"gcp.compute.network": [{"attributes": {"name": "vpc", "selfLink": "https://www.googleapis.com/compute/v1/projects/p/global/networks/vpc"}}], "gcp.dns.policy": [{"attributes": {"name": "logging", "enableLogging": true, "networks": [{"networkUrl": "https://compute.googleapis.com/compute/v1/projects/p/global/networks/vpc"}]}}]}}
	count(result) == 0
}

test_policy_without_logging_fails if {
	result := gcp_dns_network_logging_enabled.deny with input as {"resource": res({}), "account_resources": {"gcp.compute.network": [{"attributes": {"name": "vpc", "selfLink": "https://www.googleapis.com/compute/v1/projects/p/global/networks/vpc"}}], "gcp.dns.policy": [{"attributes": {"name": "logging", "enableLogging": false, "networks": [{"networkUrl": "https://compute.googleapis.com/compute/v1/projects/p/global/networks/vpc"}]}}]}}
	count(result) == 1
}

test_no_network_passes if {
	result := gcp_dns_network_logging_enabled.deny with input as {"resource": res({}), "account_resources": {}}
	count(result) == 0
}
