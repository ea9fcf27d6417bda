# METADATA
# scope: package
# title: Microsoft Defender for Storage is on
# description: The Defender for Cloud plan StorageAccounts must be on the Standard tier.
# custom:
#   id: azure_defender_storage
#   severity: high
#   resource_types:
#   - azure.resources.subscription
#   risk: Without the plan, threats against Storage raise no alert and vulnerabilities are not assessed.
#   remediation:
#     text: Enable the StorageAccounts plan (Standard tier) in Defender for Cloud.
#     cli: |-
#       az security pricing create --name StorageAccounts --tier Standard
#     terraform: |-
#       resource "azurerm_security_center_subscription_pricing" "storage" {
#         tier          = "Standard"
#         resource_type = "StorageAccounts"
#       }
#     url: https://learn.microsoft.com/azure/defender-for-cloud/defender-for-cloud-introduction
#   categories:
#   - logging
package vigil.azure.defender.azure_defender_storage

import data.vigil.lib.azure.util

deny contains result if {
	util.plan_off(input.resource, "StorageAccounts")
	result := {
		"msg": sprintf("Subscription %s does not have Defender plan StorageAccounts on Standard", [input.resource.id]),
		"evidence": {"attribute": "defenderPlans", "value": [p | some p in object.get(input.resource.attributes, "defenderPlans", []); p.name == "StorageAccounts"]},
	}
}
