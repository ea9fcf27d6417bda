package vigil.azure.entra.azure_entra_ca_mfa_admin_portals_test

import data.vigil.azure.entra.azure_entra_ca_mfa_admin_portals

res(attributes) := {"provider": "azure", "account_id": "t1", "region": "global", "service": "entra", "type": "azure.entra.tenant", "id": "t1", "name": "n1", "uid": "uid-t1", "tags": {}, "attributes": attributes}

test_portals_with_strength_passes if {
	result := azure_entra_ca_mfa_admin_portals.deny with input as {"resource": res({"conditionalAccessPolicies": [{"displayName": "p", "state": "enabled", "conditions": {"users": {"includeUsers": ["All"], "excludeUsers": ["bg"], "includeRoles": [], "excludeRoles": []}, "applications": {"includeApplications": ["MicrosoftAdminPortals"], "excludeApplications": []}, "clientAppTypes": ["all"], "signInRiskLevels": [], "userRiskLevels": [], "locations": null, "platforms": null}, "grantControls": {"operator": "OR", "builtInControls": [], "authenticationStrength": {"id": "s"}}}]})}
	count(result) == 0
}

test_report_only_fails if {
	result := azure_entra_ca_mfa_admin_portals.deny with input as {"resource": res({"conditionalAccessPolicies": [{"displayName": "p", "state": "enabledForReportingButNotEnforced", "conditions": {"users": {"includeUsers": ["All"], "excludeUsers": ["bg"], "includeRoles": [], "excludeRoles": []}, "applications": {"includeApplications": ["MicrosoftAdminPortals"], "excludeApplications": []}, "clientAppTypes": ["all"], "signInRiskLevels": [], "userRiskLevels": [], "locations": null, "platforms": null}, "grantControls": {"operator": "OR", "builtInControls": ["mfa"], "customAuthenticationFactors": [], "authenticationStrength": null}}]})}
	count(result) == 1
}

test_none_fails if {
	result := azure_entra_ca_mfa_admin_portals.deny with input as {"resource": res({"conditionalAccessPolicies": []})}
	count(result) == 1
}
