package vigil.azure.keyvault.azure_keyvault_key_expiry_access_policies_test

import data.vigil.azure.keyvault.azure_keyvault_key_expiry_access_policies

res(attributes, tags) := {"provider": "azure", "account_id": "acct-1", "region": "westeurope", "service": "keyvault", "type": "azure.keyvault.vault", "id": "r1", "name": "r1", "uid": "uid-r1", "tags": tags, "attributes": attributes}

test_clean_passes if {
	result := azure_keyvault_key_expiry_access_policies.deny with input as {"resource": res({"properties": {"enableRbacAuthorization": true, "privateEndpointConnections": [{"properties": {"privateLinkServiceConnectionState": {"status": "Approved"}}}]}, "keys": [{"name": "cmk", "properties": {"attributes": {"enabled": true, "exp": 1830297600}, "rotationPolicy": {"lifetimeActions": [{"action": {"type": "rotate"}, "trigger": {"timeBeforeExpiry": "P30D"}}]}}}], "secrets": [{"name": "db-password", "properties": {"attributes": {"enabled": true, "exp": 1830297600}}}]}, {})}
	count(result) == 0
}

test_other_vault_kind_passes if {
	result := azure_keyvault_key_expiry_access_policies.deny with input as {"resource": res({"properties": {"enableRbacAuthorization": true, "privateEndpointConnections": [{"properties": {"privateLinkServiceConnectionState": {"status": "Approved"}}}]}, "keys": [{"name": "cmk", "properties": {"attributes": {"enabled": true}, "rotationPolicy": {"lifetimeActions": [{"action": {"type": "rotate"}, "trigger": {"timeBeforeExpiry": "P30D"}}]}}}], "secrets": [{"name": "db-password", "properties": {"attributes": {"enabled": true, "exp": 1830297600}}}]}, {})}
	count(result) == 0
}

test_disabled_passes if {
	result := azure_keyvault_key_expiry_access_policies.deny with input as {"resource": res({"properties": {"enableRbacAuthorization": false, "privateEndpointConnections": [{"properties": {"privateLinkServiceConnectionState": {"status": "Approved"}}}]}, "keys": [{"name": "cmk", "properties": {"attributes": {"enabled": false}, "rotationPolicy": {"lifetimeActions": [{"action": {"type": "rotate"}, "trigger": {"timeBeforeExpiry": "P30D"}}]}}}], "secrets": [{"name": "db-password", "properties": {"attributes": {"enabled": true, "exp": 1830297600}}}]}, {})}
	count(result) == 0
}

test_no_expiry_fails if {
	result := azure_keyvault_key_expiry_access_policies.deny with input as {"resource": res({"properties": {"enableRbacAuthorization": false, "privateEndpointConnections": [{"properties": {"privateLinkServiceConnectionState": {"status": "Approved"}}}]}, "keys": [{"name": "cmk", "properties": {"attributes": {"enabled": true}, "rotationPolicy": {"lifetimeActions": [{"action": {"type": "rotate"}, "trigger": {"timeBeforeExpiry": "P30D"}}]}}}], "secrets": [{"name": "db-password", "properties": {"attributes": {"enabled": true, "exp": 1830297600}}}]}, {})}
	count(result) == 1
}
