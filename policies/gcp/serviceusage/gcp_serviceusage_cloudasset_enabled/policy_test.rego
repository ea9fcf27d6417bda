package vigil.gcp.serviceusage.gcp_serviceusage_cloudasset_enabled_test

import data.vigil.gcp.serviceusage.gcp_serviceusage_cloudasset_enabled

res(attributes) := {"provider": "gcp", "account_id": "acct-1", "region": "global", "service": "serviceusage", "type": "gcp.account", "id": "r1", "name": "r1", "uid": "uid-r1", "tags": {}, "attributes": attributes}

test_enabled_passes if {
	result := gcp_serviceusage_cloudasset_enabled.deny with input as {"resource": res({}), "account_resources": {"gcp.serviceusage.service": [{"attributes": {"name": "projects/1/services/cloudasset.googleapis.com", "config": {"name": "cloudasset.googleapis.com"}, "state": "ENABLED"}}]}}
	count(result) == 0
}

test_disabled_fails if {
	result := gcp_serviceusage_cloudasset_enabled.deny with input as {"resource": res({}), "account_resources": {"gcp.serviceusage.service": [{"attributes": {"name": "projects/1/services/cloudasset.googleapis.com", "config": {"name": "cloudasset.googleapis.com"}, "state": "DISABLED"}}]}}
	count(result) == 1
}

test_absent_fails if {
	result := gcp_serviceusage_cloudasset_enabled.deny with input as {"resource": res({}), "account_resources": {"gcp.serviceusage.service": [{"attributes": {"name": "projects/1/services/compute.googleapis.com", "config": {"name": "compute.googleapis.com"}, "state": "ENABLED"}}]}}
	count(result) == 1
}
