package vigil.azure.tags.azure_tags_required_keys_test

import data.vigil.azure.tags.azure_tags_required_keys

res(attributes, tags) := {"provider": "azure", "account_id": "acct-1", "region": "global", "service": "tags", "type": "azure.resources.subscription", "id": "r1", "name": "r1", "uid": "uid-r1", "tags": tags, "attributes": attributes}

test_complete_passes if {
	result := azure_tags_required_keys.deny with input as {"resource": res({}, {"app": "a", "env": "prod", "team": "t", "cost-center": "cc"})}
	count(result) == 0
}

test_missing_fails if {
	result := azure_tags_required_keys.deny with input as {"resource": res({}, {"app": "a", "env": "prod"})}
	count(result) == 1
}
