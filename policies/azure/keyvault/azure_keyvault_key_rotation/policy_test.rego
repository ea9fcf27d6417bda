package vigil.azure.keyvault.azure_keyvault_key_rotation_test

import data.vigil.azure.keyvault.azure_keyvault_key_rotation

res(attributes, tags) := {"provider": "azure", "account_id": "acct-1", "region": "westeurope", "service": "keyvault", "type": "azure.keyvault.vault", "id": "r1", "name": "r1", "uid": "uid-r1", "tags": tags, "attributes": attributes}

test_clean_passes if {
	result := azure_keyvault_key_rotation.deny with input as {"resource": res({"properties": {"enableRbacAuthorization": true, "privateEndpointConnections": [{"properties": {"privateLinkServiceConnectionState": {"status": "Approved"}}}]}, "keys": [{"name": "cmk", "properties": {"attributes": {"enabled": true, "exp": 1830297600}, "rotationPolicy": {"lifetimeActions": [{"action": {"type": "rotate"}, "trigger": {"timeBeforeExpiry": "P30D"}}]}}}], "secrets": [{"name": "db-password", "properties": {"attributes": {"enabled": true, "exp": 1830297600}}}]}, {})}
	count(result) == 0
}

test_no_policy_fails if {
	result := azure_keyvault_key_rotation.deny with input as {"resource": res({"properties": {"enableRbacAuthorization": true, "privateEndpointConnections": [{"properties": {"privateLinkServiceConnectionState": {"status": "Approved"}}}]}, "keys": [{"name": "cmk", "properties": {"attributes": {"enabled": true, "exp": 1830297600}}}], "secrets": [{"name": "db-password", "properties": {"attributes": {"enabled": true, "exp": 1830297600}}}]}, {})}
	count(result) == 1
}

test_notify_only_fails if {
	result := azure_keyvault_key_rotation.deny with input as {"resource": res({"properties": {"enableRbacAuthorization": true, "privateEndpointConnections": [{"properties": {"privateLinkServiceConnectionState": {"status": "Approved"}}}]}, "keys": [{"name": "cmk", "properties": {"attributes": {"enabled": true, "exp": 1830297600}, "rotationPolicy": {"lifetimeActions": [{"action": {"type": "Notify"}, "trigger": {"timeBeforeExpiry": "P30D"}}]}}}], "secrets": [{"name": "db-password", "properties": {"attributes": {"enabled": true, "exp": 1830297600}}}]}, {})}
	count(result) == 1
}
