# METADATA
# scope: package
# title: Microsoft Defender for Azure Cosmos DB is on
# description: The defenderPlans entry named CosmosDbs must have pricingTier Standard.
# custom:
#   id: azure_defender_cosmosdb
#   severity: high
#   resource_types:
#   - azure.resources.subscription
#   risk: Without the plan, threats against Azure Cosmos DB raise no Defender alert.
#   remediation:
#     text: Turn on the Defender plan CosmosDbs.
#     cli: |-
#       az security pricing create --name CosmosDbs --tier Standard
#     terraform: |-
#       resource "azurerm_security_center_subscription_pricing" "plan" {
#         tier          = "Standard"
#         resource_type = "CosmosDbs"
#       }
#     url: https://learn.microsoft.com/azure/defender-for-cloud/defender-for-cloud-introduction
#   categories:
#   - logging
package vigil.azure.defender.azure_defender_cosmosdb

import data.vigil.lib.azure.util

deny contains result if {
	util.plan_off(input.resource, "CosmosDbs")
	result := {
		"msg": sprintf("Subscription %s does not have Defender plan CosmosDbs on Standard", [input.resource.id]),
		"evidence": {"attribute": "defenderPlans", "value": [p | some p in object.get(input.resource.attributes, "defenderPlans", []); p.name == "CosmosDbs"]},
	}
}
