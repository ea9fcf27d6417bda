# METADATA
# scope: package
# title: Microsoft Defender for open-source relational databases is on
# description: The defenderPlans entry named OpenSourceRelationalDatabases must have pricingTier Standard.
# custom:
#   id: azure_defender_oss_databases
#   severity: high
#   resource_types:
#   - azure.resources.subscription
#   risk: Without the plan, threats against open-source relational databases raise no Defender alert.
#   remediation:
#     text: Turn on the Defender plan OpenSourceRelationalDatabases.
#     cli: |-
#       az security pricing create --name OpenSourceRelationalDatabases --tier Standard
#     terraform: |-
#       resource "azurerm_security_center_subscription_pricing" "plan" {
#         tier          = "Standard"
#         resource_type = "OpenSourceRelationalDatabases"
#       }
#     url: https://learn.microsoft.com/azure/defender-for-cloud/defender-for-cloud-introduction
#   categories:
#   - logging
package vigil.azure.defender.azure_defender_oss_databases

import data.vigil.lib.azure.util

deny contains result if {
	util.plan_off(input.resource, "OpenSourceRelationalDatabases")
	result := {
		"msg": sprintf("Subscription %s does not have Defender plan OpenSourceRelationalDatabases on Standard", [input.resource.id]),
		"evidence": {"attribute": "defenderPlans", "value": [p | some p in object.get(input.resource.attributes, "defenderPlans", []); p.name == "OpenSourceRelationalDatabases"]},
	}
}
