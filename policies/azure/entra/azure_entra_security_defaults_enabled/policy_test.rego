package vigil.azure.entra.azure_entra_security_defaults_enabled_test

import data.vigil.azure.entra.azure_entra_security_defaults_enabled

res(attributes) := {"provider": "azure", "account_id": "t1", "region": "global", "service": "entra", "type": "azure.entra.tenant", "id": "t1", "name": "n1", "uid": "uid-t1", "tags": {}, "attributes": attributes}

test_enabled_passes if {
	result := azure_entra_security_defaults_enabled.deny with input as {"resource": res({"securityDefaults": {"isEnabled": true}, "conditionalAccessPolicies": []})}
	count(result) == 0
}

test_off_with_ca_passes if {
	result := azure_entra_security_defaults_enabled.deny with input as {"resource": res({"securityDefaults": {"isEnabled": false}, "conditionalAccessPolicies": [{"displayName": "p", "state": "enabled", "conditions": {"users": {"includeUsers": ["All"], "excludeUsers": ["bg"], "includeRoles": [], "excludeRoles": []}, "applications": {"includeApplications": ["All"], "excludeApplications": []}, "clientAppTypes": ["all"], "signInRiskLevels": [], "userRiskLevels": [], "locations": null, "platforms": null}, "grantControls": {"operator": "OR", "builtInControls": ["mfa"], "customAuthenticationFactors": [], "authenticationStrength": null}}]})}
	count(result) == 0
}

test_off_without_ca_fails if {
	result := azure_entra_security_defaults_enabled.deny with input as {"resource": res({"securityDefaults": {"isEnabled": false}, "conditionalAccessPolicies": [{"displayName": "p", "state": "disabled", "conditions": {"users": {"includeUsers": ["All"], "excludeUsers": ["bg"], "includeRoles": [], "excludeRoles": []}, "applications": {"includeApplications": ["All"], "excludeApplications": []}, "clientAppTypes": ["all"], "signInRiskLevels": [], "userRiskLevels": [], "locations": null, "platforms": null}, "grantControls": {"operator": "OR", "builtInControls": ["mfa"], "customAuthenticationFactors": [], "authenticationStrength": null}}]})}
	count(result) == 1
}

test_unread_no_finding if {
	result := azure_entra_security_defaults_enabled.deny with input as {"resource": res({})}
	count(result) == 0
}
