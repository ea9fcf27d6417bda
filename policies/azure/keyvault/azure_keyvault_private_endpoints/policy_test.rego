package vigil.azure.keyvault.azure_keyvault_private_endpoints_test

import data.vigil.azure.keyvault.azure_keyvault_private_endpoints

res(attributes, tags) := {"provider": "azure", "account_id": "acct-1", "region": "westeurope", "service": "keyvault", "type": "azure.keyvault.vault", "id": "r1", "name": "r1", "uid": "uid-r1", "tags": tags, "attributes": attributes}

test_clean_passes if {
	result := azure_keyvault_private_endpoints.deny with input as {"resource": res({"properties": {"enableRbacAuthorization": true, "privateEndpointConnections": [{"properties": {"privateLinkServiceConnectionState": {"status": "Approved"}}}]}, "keys": [{"name": "cmk", "properties": {"attributes": {"enabled": true, "exp": 1830297600}, "rotationPolicy": {"lifetimeActions": [{"action": {"type": "rotate"}, "trigger": {"timeBeforeExpiry": "P30D"}}]}}}], "secrets": [{"name": "db-password", "properties": {"attributes": {"enabled": true, "exp": 1830297600}}}]}, {})}
	count(result) == 0
}

test_none_fails if {
	result := azure_keyvault_private_endpoints.deny with input as {"resource": res({"properties": {"enableRbacAuthorization": true, "privateEndpointConnections": []}, "keys": [{"name": "cmk", "properties": {"attributes": {"enabled": true, "exp": 1830297600}, "rotationPolicy": {"lifetimeActions": [{"action": {"type": "rotate"}, "trigger": {"timeBeforeExpiry": "P30D"}}]}}}], "secrets": [{"name": "db-password", "properties": {"attributes": {"enabled": true, "exp": 1830297600}}}]}, {})}
	count(result) == 1
}
