# METADATA
# scope: package
# title: Microsoft Defender for Resource Manager is on
# description: The Defender for Cloud plan Arm must be on the Standard tier.
# custom:
#   id: azure_defender_arm
#   severity: medium
#   resource_types:
#   - azure.resources.subscription
#   risk: Without the plan, threats against Resource Manager raise no alert and vulnerabilities are not
#     assessed.
#   remediation:
#     text: Enable the Arm plan (Standard tier) in Defender for Cloud.
#     cli: |-
#       az security pricing create --name Arm --tier Standard
#     terraform: |-
#       resource "azurerm_security_center_subscription_pricing" "arm" {
#         tier          = "Standard"
#         resource_type = "Arm"
#       }
#     url: https://learn.microsoft.com/azure/defender-for-cloud/defender-for-cloud-introduction
#   categories:
#   - logging
package vigil.azure.defender.azure_defender_arm

import data.vigil.lib.azure.util

deny contains result if {
	util.plan_off(input.resource, "Arm")
	result := {
		"msg": sprintf("Subscription %s does not have Defender plan Arm on Standard", [input.resource.id]),
		"evidence": {"attribute": "defenderPlans", "value": [p | some p in object.get(input.resource.attributes, "defenderPlans", []); p.name == "Arm"]},
	}
}
