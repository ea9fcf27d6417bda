package vigil.azure.defender.azure_defender_storage_test

import data.vigil.azure.defender.azure_defender_storage

res(attributes, tags) := {"provider": "azure", "account_id": "acct-1", "region": "global", "service": "defender", "type": "azure.resources.subscription", "id": "r1", "name": "r1", "uid": "uid-r1", "tags": tags, "attributes": attributes}

test_standard_passes if {
	result := azure_defender_storage.deny with input as {"resource": res({"defenderPlans": [{"name": "VirtualMachines", "properties": {"pricingTier": "Standard"}}, {"name": "StorageAccounts", "properties": {"pricingTier": "Standard"}}, {"name": "SqlServers", "properties": {"pricingTier": "Standard"}}, {"name": "KeyVaults", "properties": {"pricingTier": "Standard"}}, {"name": "Containers", "properties": {"pricingTier": "Standard"}}, {"name": "Arm", "properties": {"pricingTier": "Standard"}}]}, {})}
	count(result) == 0
}

test_free_fails if {
	result := azure_defender_storage.deny with input as {"resource": res({"defenderPlans": [{"name": "VirtualMachines", "properties": {"pricingTier": "Standard"}}, {"name": "StorageAccounts", "properties": {"pricingTier": "Free"}}, {"name": "SqlServers", "properties": {"pricingTier": "Standard"}}, {"name": "KeyVaults", "properties": {"pricingTier": "Standard"}}, {"name": "Containers", "properties": {"pricingTier": "Standard"}}, {"name": "Arm", "properties": {"pricingTier": "Standard"}}]}, {})}
	count(result) == 1
}

test_absent_fails if {
	result := azure_defender_storage.deny with input as {"resource": res({"defenderPlans": []}, {})}
	count(result) == 1
}
