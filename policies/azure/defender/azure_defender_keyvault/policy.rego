# METADATA
# scope: package
# title: Microsoft Defender for Key Vault is on
# description: The Defender for Cloud plan KeyVaults must be on the Standard tier.
# custom:
#   id: azure_defender_keyvault
#   severity: high
#   resource_types:
#   - azure.resources.subscription
#   risk: Without the plan, threats against Key Vault raise no alert and vulnerabilities are not
#     assessed.
#   remediation:
#     text: Enable the KeyVaults plan (Standard tier) in Defender for Cloud.
#     cli: |-
#       az security pricing create --name KeyVaults --tier Standard
#     terraform: |-
#       resource "azurerm_security_center_subscription_pricing" "keyvault" {
#         tier          = "Standard"
#         resource_type = "KeyVaults"
#       }
#     url: https://learn.microsoft.com/azure/defender-for-cloud/defender-for-cloud-introduction
#   categories:
#   - logging
package vigil.azure.defender.azure_defender_keyvault

import data.vigil.lib.azure.util

deny contains result if {
	util.plan_off(input.resource, "KeyVaults")
	result := {
		"msg": sprintf("Subscription %s does not have Defender plan KeyVaults on Standard", [input.resource.id]),
		"evidence": {"attribute": "defenderPlans", "value": [p | some p in object.get(input.resource.attributes, "defenderPlans", []); p.name == "KeyVaults"]},
	}
}
