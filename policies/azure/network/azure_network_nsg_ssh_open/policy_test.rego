package vigil.azure.network.azure_network_nsg_ssh_open_test

import data.vigil.azure.network.azure_network_nsg_ssh_open

res(attributes, tags) := {"provider": "azure", "account_id": "acct-1", "region": "global", "service": "network", "type": "azure.network.nsg", "id": "r1", "name": "r1", "uid": "uid-r1", "tags": tags, "attributes": attributes}

test_internet_fails if {
	result := azure_network_nsg_ssh_open.deny with input as {"resource": res({"properties": {"securityRules": [{"name": "r", "properties": {"direction": "Inbound", "access": "Allow", "protocol": "Tcp", "sourceAddressPrefix": "Internet", "destinationPortRange": "22"}}]}}, {})}
	count(result) == 1
}

test_star_range_fails if {
	result := azure_network_nsg_ssh_open.deny with input as {"resource": res({"properties": {"securityRules": [{"name": "r", "properties": {"direction": "Inbound", "access": "Allow", "protocol": "*", "sourceAddressPrefix": "*", "destinationPortRange": "17-27"}}]}}, {})}
	count(result) == 1
}

test_vnet_passes if {
	result := azure_network_nsg_ssh_open.deny with input as {"resource": res({"properties": {"securityRules": [{"name": "r", "properties": {"direction": "Inbound", "access": "Allow", "protocol": "Tcp", "sourceAddressPrefix": "VirtualNetwork", "destinationPortRange": "22"}}]}}, {})}
	count(result) == 0
}

test_deny_passes if {
	result := azure_network_nsg_ssh_open.deny with input as {"resource": res({"properties": {"securityRules": [{"name": "r", "properties": {"direction": "Inbound", "access": "Deny", "protocol": "Tcp", "sourceAddressPrefix": "Internet", "destinationPortRange": "22"}}]}}, {})}
	count(result) == 0
}

test_udp_passes if {
	result := azure_network_nsg_ssh_open.deny with input as {"resource": res({"properties": {"securityRules": [{"name": "r", "properties": {"direction": "Inbound", "access": "Allow", "protocol": "Udp", "sourceAddressPrefix": "Internet", "destinationPortRange": "22"}}]}}, {})}
	count(result) == 0
}
