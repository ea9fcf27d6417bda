package vigil.azure.entra.azure_entra_ca_mfa_all_users_test

import data.vigil.azure.entra.azure_entra_ca_mfa_all_users

res(attributes) := {"provider": "azure", "account_id": "t1", "region": "global", "service": "entra", "type": "azure.entra.tenant", "id": "t1", "name": "n1", "uid": "uid-t1", "tags": {}, "attributes": attributes}

test_enabled_policy_passes if {
	result := azure_entra_ca_mfa_all_users.deny with input as {"resource": res({"conditionalAccessPolicies": [{"displayName": "p", "state": "enabled", "conditions": {"users": {"includeUsers": ["All"], "excludeUsers": ["bg"], "includeRoles": [], "excludeRoles": []}, "applications": {"includeApplications": ["All"], "excludeApplications": []}, "clientAppTypes": ["all"], "signInRiskLevels": [], "userRiskLevels": [], "locations": null, "platforms": null}, "grantControls": {"operator": "OR", "builtInControls": ["mfa"], "customAuthenticationFactors": [], "authenticationStrength": null}}]})}
	count(result) == 0
}

test_report_only_fails if {
	result := azure_entra_ca_mfa_all_users.deny with input as {"resource": res({"conditionalAccessPolicies": [{"displayName": "p", "state": "enabledForReportingButNotEnforced", "conditions": {"users": {"includeUsers": ["All"], "excludeUsers": ["bg"], "includeRoles": [], "excludeRoles": []}, "applications": {"includeApplications": ["All"], "excludeApplications": []}, "clientAppTypes": ["all"], "signInRiskLevels": [], "userRiskLevels": [], "locations": null, "platforms": null}, "grantControls": {"operator": "OR", "builtInControls": ["mfa"], "customAuthenticationFactors": [], "authenticationStrength": null}}]})}
	count(result) == 1
}

test_no_policies_fail if {
	result := azure_entra_ca_mfa_all_users.deny with input as {"resource": res({"conditionalAccessPolicies": []})}
	count(result) == 1
}

test_mfa_or_device_fails if {
	result := azure_entra_ca_mfa_all_users.deny with input as {"resource": res({"conditionalAccessPolicies": [{"displayName": "p", "state": "enabled", "conditions": {"users": {"includeUsers": ["All"], "excludeUsers": ["bg"], "includeRoles": [], "excludeRoles": []}, "applications": {"includeApplications": ["All"], "excludeApplications": []}, "clientAppTypes": ["all"], "signInRiskLevels": [], "userRiskLevels": [], "locations": null, "platforms": null}, "grantControls": {"operator": "OR", "builtInControls": ["mfa", "compliantDevice"]}}]})}
	count(result) == 1
}

test_unread_policies_no_finding if {
	result := azure_entra_ca_mfa_all_users.deny with input as {"resource": res({})}
	count(result) == 0
}
