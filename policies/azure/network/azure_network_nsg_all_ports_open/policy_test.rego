package vigil.azure.network.azure_network_nsg_all_ports_open_test

import data.vigil.azure.network.azure_network_nsg_all_ports_open

res(attributes, tags) := {"provider": "azure", "account_id": "acct-1", "region": "global", "service": "network", "type": "azure.network.nsg", "id": "r1", "name": "r1", "uid": "uid-r1", "tags": tags, "attributes": attributes}

test_star_fails if {
	result := azure_network_nsg_all_ports_open.deny with input as {"resource": res({"properties": {"securityRules": [{"name": "r", "properties": {"direction": "Inbound", "access": "Allow", "protocol": "Tcp", "sourceAddressPrefix": "Internet", "destinationPortRange": "*"}}]}}, {})}
	count(result) == 1
}

test_full_range_fails if {
	result := azure_network_nsg_all_ports_open.deny with input as {"resource": res({"properties": {"securityRules": [{"name": "r", "properties": {"direction": "Inbound", "access": "Allow", "protocol": "*", "sourceAddressPrefix": "0.0.0.0/0", "destinationPortRange": "0-65535"}}]}}, {})}
	count(result) == 1
}

test_one_port_passes if {
	result := azure_network_nsg_all_ports_open.deny with input as {"resource": res({"properties": {"securityRules": [{"name": "r", "properties": {"direction": "Inbound", "access": "Allow", "protocol": "Tcp", "sourceAddressPrefix": "Internet", "destinationPortRange": "443"}}]}}, {})}
	count(result) == 0
}

test_internal_passes if {
	result := azure_network_nsg_all_ports_open.deny with input as {"resource": res({"properties": {"securityRules": [{"name": "r", "properties": {"direction": "Inbound", "access": "Allow", "protocol": "*", "sourceAddressPrefix": "VirtualNetwork", "destinationPortRange": "*"}}]}}, {})}
	count(result) == 0
}
