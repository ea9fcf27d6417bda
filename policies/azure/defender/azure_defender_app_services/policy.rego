# METADATA
# scope: package
# title: Microsoft Defender for App Service is on
# description: The defenderPlans entry named AppServices must have pricingTier Standard.
# custom:
#   id: azure_defender_app_services
#   severity: high
#   resource_types:
#   - azure.resources.subscription
#   risk: Without the plan, threats against App Service raise no Defender alert.
#   remediation:
#     text: Turn on the Defender plan AppServices.
#     cli: |-
#       az security pricing create --name AppServices --tier Standard
#     terraform: |-
#       resource "azurerm_security_center_subscription_pricing" "plan" {
#         tier          = "Standard"
#         resource_type = "AppServices"
#       }
#     url: https://learn.microsoft.com/azure/defender-for-cloud/defender-for-cloud-introduction
#   categories:
#   - logging
package vigil.azure.defender.azure_defender_app_services

import data.vigil.lib.azure.util

deny contains result if {
	util.plan_off(input.resource, "AppServices")
	result := {
		"msg": sprintf("Subscription %s does not have Defender plan AppServices on Standard", [input.resource.id]),
		"evidence": {"attribute": "defenderPlans", "value": [p | some p in object.get(input.resource.attributes, "defenderPlans", []); p.name == "AppServices"]},
	}
}
