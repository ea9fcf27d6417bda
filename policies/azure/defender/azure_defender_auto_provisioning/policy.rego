# METADATA
# scope: package
# title: Defender for Cloud auto provisioning is on
# description: The autoProvisioningSettings entry named default must have autoProvision On.
# custom:
#   id: azure_defender_auto_provisioning
#   severity: low
#   resource_types:
#   - azure.resources.subscription
#   risk: Without auto provisioning, new VMs join without the monitoring agent and Defender sees nothing on them.
#   remediation:
#     text: Turn auto provisioning on.
#     cli: |-
#       az security auto-provisioning-setting update --name default --auto-provision On
#     terraform: |-
#       resource "azurerm_security_center_auto_provisioning" "default" {
#         auto_provision = "On"
#       }
#     url: https://learn.microsoft.com/azure/defender-for-cloud/monitoring-components
#   categories:
#   - logging
#   - compute
package vigil.azure.defender.azure_defender_auto_provisioning

import data.vigil.lib.azure.util

deny contains result if {
	not provisioning_on
	result := {
		"msg": sprintf("Subscription %s has Defender auto provisioning off", [input.resource.id]),
		"evidence": {"attribute": "autoProvisioningSettings", "value": object.get(input.resource.attributes, "autoProvisioningSettings", [])},
	}
}

provisioning_on if {
	some s in object.get(input.resource.attributes, "autoProvisioningSettings", [])
	s.name == "default"
	util.same(s.properties.autoProvision, "On")
}
