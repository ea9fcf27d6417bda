# METADATA
# scope: package
# title: Microsoft Defender for Azure SQL databases is on
# description: The Defender for Cloud plan SqlServers must be on the Standard tier.
# custom:
#   id: azure_defender_sql
#   severity: high
#   resource_types:
#   - azure.resources.subscription
#   risk: Without the plan, threats against Azure SQL databases raise no alert and vulnerabilities are
#     not assessed.
#   remediation:
#     text: Enable the SqlServers plan (Standard tier) in Defender for Cloud.
#     cli: |-
#       az security pricing create --name SqlServers --tier Standard
#     terraform: |-
#       resource "azurerm_security_center_subscription_pricing" "sql" {
#         tier          = "Standard"
#         resource_type = "SqlServers"
#       }
#     url: https://learn.microsoft.com/azure/defender-for-cloud/defender-for-cloud-introduction
#   categories:
#   - logging
package vigil.azure.defender.azure_defender_sql

import data.vigil.lib.azure.util

deny contains result if {
	util.plan_off(input.resource, "SqlServers")
	result := {
		"msg": sprintf("Subscription %s does not have Defender plan SqlServers on Standard", [input.resource.id]),
		"evidence": {"attribute": "defenderPlans", "value": [p | some p in object.get(input.resource.attributes, "defenderPlans", []); p.name == "SqlServers"]},
	}
}
