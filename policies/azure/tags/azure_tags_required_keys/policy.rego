# METADATA
# scope: package
# title: Subscriptions and resources carry the required tags
# description: Every key of required_tags must be present, with a value from its list when the list is
#   not empty.
# custom:
#   id: azure_tags_required_keys
#   severity: low
#   resource_types:
#   - azure.resources.subscription
#   - azure.storage.account
#   - azure.keyvault.vault
#   - azure.network.vnet
#   - azure.sql.server
#   risk: 'Untagged resources have no owner, environment or cost center: they escape cost allocation,
#     incident routing and clean-up.'
#   remediation:
#     text: Add the missing tags; enforce them with the Require a tag Azure Policy.
#     cli: |-
#       az tag update --resource-id <resource-id> --operation Merge --tags team=<team> cost-center=<cc>
#     terraform: |-
#       locals {
#         tags = { app = "orders", env = "prod", team = "payments", cost-center = "cc-1234" }
#       }
#       resource "azurerm_storage_account" "data" {
#         name = "stordersdata"
#         # ...
#         tags = local.tags
#       }
#     url: https://learn.microsoft.com/azure/azure-resource-manager/management/tag-resources
#   categories:
#   - tagging
#   - governance
package vigil.azure.tags.azure_tags_required_keys

import data.vigil.lib.azure.util

deny contains result if {
	problems := util.tag_problems(object.get(input.resource, "tags", {}))
	count(problems) > 0
	result := {
		"msg": sprintf("%s %s: %s", [input.resource.type, input.resource.name, concat("; ", sort(problems))]),
		"evidence": {"attribute": "tags", "value": sort(problems)},
	}
}
