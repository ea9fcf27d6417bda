# METADATA
# scope: package
# title: Network security groups do not allow all ports from the internet
# description: No inbound Allow rule from the internet may have destination port * or 0-65535.
# custom:
#   id: azure_network_nsg_all_ports_open
#   severity: critical
#   resource_types:
#   - azure.network.nsg
#   risk: Every service on every NIC and subnet behind the NSG becomes reachable from the internet.
#   remediation:
#     text: Replace the rule with rules for the specific public ports, behind a load balancer or
#       application gateway.
#     cli: |-
#       az network nsg rule delete --resource-group <rg> --nsg-name <nsg> --name <rule>
#     terraform: |-
#       resource "azurerm_network_security_rule" "ssh_from_bastion" {
#         name                        = "allow-ssh-bastion"
#         priority                    = 100
#         direction                   = "Inbound"
#         access                      = "Allow"
#         protocol                    = "Tcp"
#         source_address_prefix       = "10.0.250.0/26" # the bastion subnet, not Internet
#         source_port_range           = "*"
#         destination_port_range      = "22"
#         destination_address_prefix  = "VirtualNetwork"
#         resource_group_name         = azurerm_resource_group.net.name
#         network_security_group_name = azurerm_network_security_group.app.name
#       }
#     url: https://learn.microsoft.com/azure/virtual-network/network-security-groups-overview
#   categories:
#   - network
#   - public-exposure
package vigil.azure.network.azure_network_nsg_all_ports_open

import data.vigil.lib.azure.util

deny contains result if {
	some i, rule in object.get(object.get(input.resource.attributes, "properties", {}), "securityRules", [])
	util.internet_inbound_allow(rule)
	some spec in util.ports(rule.properties)
	spec in {"*", "0-65535"}
	result := {
		"msg": sprintf("NSG %s rule %s allows every port from the internet", [input.resource.name, rule.name]),
		"evidence": {"attribute": sprintf("properties.securityRules[%d]", [i]), "value": rule},
	}
}
