# METADATA
# scope: package
# title: Trusted named locations are defined
# description: Some namedLocations entry is an ipNamedLocation with isTrusted true.
# custom:
#   id: azure_entra_trusted_locations_defined
#   severity: low
#   resource_types:
#   - azure.entra.tenant
#   risk: Without trusted locations, Conditional Access and Identity Protection cannot tell the corporate
#     network from anywhere else, and risk detections are noisier.
#   remediation:
#     text: Define the corporate egress ranges as a trusted IP named location.
#     cli: |-
#       az rest --method post --url https://graph.microsoft.com/v1.0/identity/conditionalAccess/namedLocations --body @location.json
#     terraform: |-
#       resource "azuread_named_location" "office" {
#         display_name = "Head office"
#         ip {
#           ip_ranges = ["203.0.113.0/24"]
#           trusted   = true
#         }
#       }
#     url: https://learn.microsoft.com/entra/identity/conditional-access/concept-assignment-network
#   categories:
#   - identity
#   - network
package vigil.azure.entra.azure_entra_trusted_locations_defined

deny contains result if {
	locations := input.resource.attributes.namedLocations
	not trusted(locations)
	result := {
		"msg": sprintf("Entra ID tenant %s has no trusted IP named location", [input.resource.id]),
		"evidence": {"namedLocations": locations},
	}
}

trusted(locations) if {
	some l in locations
	l.type == "ipNamedLocation"
	l.isTrusted == true
}
