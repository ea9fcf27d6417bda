# METADATA
# scope: package
# title: Microsoft Defender for containers is on
# description: The Defender for Cloud plan Containers must be on the Standard tier.
# custom:
#   id: azure_defender_containers
#   severity: high
#   resource_types:
#   - azure.resources.subscription
#   risk: Without the plan, threats against containers raise no alert and vulnerabilities are not
#     assessed.
#   remediation:
#     text: Enable the Containers plan (Standard tier) in Defender for Cloud.
#     cli: |-
#       az security pricing create --name Containers --tier Standard
#     terraform: |-
#       resource "azurerm_security_center_subscription_pricing" "containers" {
#         tier          = "Standard"
#         resource_type = "Containers"
#       }
#     url: https://learn.microsoft.com/azure/defender-for-cloud/defender-for-cloud-introduction
#   categories:
#   - logging
package vigil.azure.defender.azure_defender_containers

import data.vigil.lib.azure.util

deny contains result if {
	util.plan_off(input.resource, "Containers")
	result := {
		"msg": sprintf("Subscription %s does not have Defender plan Containers on Standard", [input.resource.id]),
		"evidence": {"attribute": "defenderPlans", "value": [p | some p in object.get(input.resource.attributes, "defenderPlans", []); p.name == "Containers"]},
	}
}
