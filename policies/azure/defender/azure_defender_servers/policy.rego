# METADATA
# scope: package
# title: Microsoft Defender for servers is on
# description: The Defender for Cloud plan VirtualMachines must be on the Standard tier.
# custom:
#   id: azure_defender_servers
#   severity: high
#   resource_types:
#   - azure.resources.subscription
#   risk: Without the plan, threats against servers raise no alert and vulnerabilities are not assessed.
#   remediation:
#     text: Enable the VirtualMachines plan (Standard tier) in Defender for Cloud.
#     cli: |-
#       az security pricing create --name VirtualMachines --tier Standard
#     terraform: |-
#       resource "azurerm_security_center_subscription_pricing" "servers" {
#         tier          = "Standard"
#         resource_type = "VirtualMachines"
#       }
#     url: https://learn.microsoft.com/azure/defender-for-cloud/defender-for-cloud-introduction
#   categories:
#   - logging
package vigil.azure.defender.azure_defender_servers

import data.vigil.lib.azure.util

deny contains result if {
	util.plan_off(input.resource, "VirtualMachines")
	result := {
		"msg": sprintf("Subscription %s does not have Defender plan VirtualMachines on Standard", [input.resource.id]),
		"evidence": {"attribute": "defenderPlans", "value": [p | some p in object.get(input.resource.attributes, "defenderPlans", []); p.name == "VirtualMachines"]},
	}
}
