# METADATA
# scope: package
# title: Network Watcher is enabled in every region the subscription uses
# description: Every entry of resourceLocations (the regions of the subscription's collected resources) must be in networkWatcherLocations.
# custom:
#   id: azure_network_watcher_regions
#   severity: low
#   resource_types:
#   - azure.resources.subscription
#   risk: Without Network Watcher in a region, its flow logs, connection troubleshooting and topology are unavailable during an incident.
#   remediation:
#     text: Enable Network Watcher in every region in use.
#     cli: |-
#       az network watcher configure --resource-group NetworkWatcherRG --locations <region> --enabled true
#     terraform: |-
#       resource "azurerm_network_watcher" "northeurope" {
#         name                = "NetworkWatcher_northeurope"
#         location            = "northeurope"
#         resource_group_name = "NetworkWatcherRG"
#       }
#     url: https://learn.microsoft.com/azure/network-watcher/network-watcher-create
#   categories:
#   - network
#   - logging
package vigil.azure.network.azure_network_watcher_regions


deny contains result if {
	watched := {l | some l in object.get(input.resource.attributes, "networkWatcherLocations", [])}
	missing := [l | some l in object.get(input.resource.attributes, "resourceLocations", []); not l in watched]
	count(missing) > 0
	result := {
		"msg": sprintf("Subscription %s has no Network Watcher in %s", [input.resource.id, concat(", ", missing)]),
		"evidence": {"attribute": "networkWatcherLocations", "value": missing},
	}
}
