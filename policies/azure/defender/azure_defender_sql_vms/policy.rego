# METADATA
# scope: package
# title: Microsoft Defender for SQL servers on machines is on
# description: The defenderPlans entry named SqlServerVirtualMachines must have pricingTier Standard.
# custom:
#   id: azure_defender_sql_vms
#   severity: medium
#   resource_types:
#   - azure.resources.subscription
#   risk: Without the plan, threats against SQL servers on machines raise no Defender alert.
#   remediation:
#     text: Turn on the Defender plan SqlServerVirtualMachines.
#     cli: |-
#       az security pricing create --name SqlServerVirtualMachines --tier Standard
#     terraform: |-
#       resource "azurerm_security_center_subscription_pricing" "plan" {
#         tier          = "Standard"
#         resource_type = "SqlServerVirtualMachines"
#       }
#     url: https://learn.microsoft.com/azure/defender-for-cloud/defender-for-cloud-introduction
#   categories:
#   - logging
package vigil.azure.defender.azure_defender_sql_vms

import data.vigil.lib.azure.util

deny contains result if {
	util.plan_off(input.resource, "SqlServerVirtualMachines")
	result := {
		"msg": sprintf("Subscription %s does not have Defender plan SqlServerVirtualMachines on Standard", [input.resource.id]),
		"evidence": {"attribute": "defenderPlans", "value": [p | some p in object.get(input.resource.attributes, "defenderPlans", []); p.name == "SqlServerVirtualMachines"]},
	}
}
