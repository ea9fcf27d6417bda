package vigil.azure.entra.azure_entra_trusted_locations_defined_test

import data.vigil.azure.entra.azure_entra_trusted_locations_defined

res(attributes) := {"provider": "azure", "account_id": "t1", "region": "global", "service": "entra", "type": "azure.entra.tenant", "id": "t1", "name": "n1", "uid": "uid-t1", "tags": {}, "attributes": attributes}

test_trusted_passes if {
	result := azure_entra_trusted_locations_defined.deny with input as {"resource": res({"namedLocations": [{"type": "ipNamedLocation", "isTrusted": true}]})}
	count(result) == 0
}

test_untrusted_fails if {
	result := azure_entra_trusted_locations_defined.deny with input as {"resource": res({"namedLocations": [{"type": "ipNamedLocation", "isTrusted": false}, {"type": "countryNamedLocation"}]})}
	count(result) == 1
}

test_none_fails if {
	result := azure_entra_trusted_locations_defined.deny with input as {"resource": res({"namedLocations": []})}
	count(result) == 1
}
