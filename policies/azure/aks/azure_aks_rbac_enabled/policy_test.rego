package vigil.azure.aks.azure_aks_rbac_enabled_test

import data.vigil.azure.aks.azure_aks_rbac_enabled

res(attributes, tags) := {"provider": "azure", "account_id": "acct-1", "region": "westeurope", "service": "aks", "type": "azure.aks.cluster", "id": "r1", "name": "r1", "uid": "uid-r1", "tags": tags, "attributes": attributes}

test_clean_passes if {
	result := azure_aks_rbac_enabled.deny with input as {"resource": res({"properties": {"enableRBAC": true, "disableLocalAccounts": true, "aadProfile": {"managed": true, "enableAzureRBAC": true}, "apiServerAccessProfile": {"enablePrivateCluster": false, "authorizedIPRanges": ["203.0.113.0/24"]}, "networkProfile": {"networkPlugin": "azure", "networkPolicy": "calico"}}}, {})}
	count(result) == 0
}

test_off_fails if {
	result := azure_aks_rbac_enabled.deny with input as {"resource": res({"properties": {"enableRBAC": false}}, {})}
	count(result) == 1
}
