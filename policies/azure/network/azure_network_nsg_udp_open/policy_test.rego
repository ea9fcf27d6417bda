package vigil.azure.network.azure_network_nsg_udp_open_test

import data.vigil.azure.network.azure_network_nsg_udp_open

res(attributes, tags) := {"provider": "azure", "account_id": "acct-1", "region": "global", "service": "network", "type": "azure.network.nsg", "id": "r1", "name": "r1", "uid": "uid-r1", "tags": tags, "attributes": attributes}

test_dns_fails if {
	result := azure_network_nsg_udp_open.deny with input as {"resource": res({"properties": {"securityRules": [{"name": "r", "properties": {"direction": "Inbound", "access": "Allow", "protocol": "Udp", "sourceAddressPrefix": "Internet", "destinationPortRange": "53"}}]}}, {})}
	count(result) == 1
}

test_tcp_passes if {
	result := azure_network_nsg_udp_open.deny with input as {"resource": res({"properties": {"securityRules": [{"name": "r", "properties": {"direction": "Inbound", "access": "Allow", "protocol": "Tcp", "sourceAddressPrefix": "Internet", "destinationPortRange": "53"}}]}}, {})}
	count(result) == 0
}

test_other_udp_passes if {
	result := azure_network_nsg_udp_open.deny with input as {"resource": res({"properties": {"securityRules": [{"name": "r", "properties": {"direction": "Inbound", "access": "Allow", "protocol": "Udp", "sourceAddressPrefix": "Internet", "destinationPortRange": "5000"}}]}}, {})}
	count(result) == 0
}
