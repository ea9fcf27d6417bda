# METADATA
# scope: package
# title: Network security groups do not allow SSH from the internet
# description: No inbound Allow rule from Internet / * / 0.0.0.0/0 may cover TCP port 22.
# custom:
#   id: azure_network_nsg_ssh_open
#   severity: high
#   resource_types:
#   - azure.network.nsg
#   risk: SSH reachable from the internet is brute-forced within minutes of exposure.
#   remediation:
#     text: Remove the rule; use Azure Bastion or just-in-time VM access.
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
package vigil.azure.network.azure_network_nsg_ssh_open

import data.vigil.lib.azure.util

deny contains result if {
	some i in util.open_port_rules(input.resource, "Tcp", 22)
	rule := input.resource.attributes.properties.securityRules[i]
	result := {
		"msg": sprintf("NSG %s rule %s allows SSH (TCP 22) from the internet", [input.resource.name, rule.name]),
		"evidence": {"attribute": sprintf("properties.securityRules[%d]", [i]), "value": rule},
	}
}
