package vigil.azure.aks.azure_aks_network_policy_test

import data.vigil.azure.aks.azure_aks_network_policy

res(attributes, tags) := {"provider": "azure", "account_id": "acct-1", "region": "westeurope", "service": "aks", "type": "azure.aks.cluster", "id": "r1", "name": "r1", "uid": "uid-r1", "tags": tags, "attributes": attributes}

test_clean_passes if {
	result := azure_aks_network_policy.deny with input as {"resource": res({"properties": {"enableRBAC": true, "disableLocalAccounts": true, "aadProfile": {"managed": true, "enableAzureRBAC": true}, "apiServerAccessProfile": {"enablePrivateCluster": false, "authorizedIPRanges": ["203.0.113.0/24"]}, "networkProfile": {"networkPlugin": "azure", "networkPolicy": "calico"}}}, {})}
	count(result) == 0
}

test_absent_fails if {
	result := azure_aks_network_policy.deny with input as {"resource": res({"properties": {"networkProfile": {"networkPlugin": "azure"}}}, {})}
	count(result) == 1
}

test_none_fails if {
	result := azure_aks_network_policy.deny with input as {"resource": res({"properties": {"networkProfile": {"networkPolicy": "none"}}}, {})}
	count(result) == 1
}
