package vigil.azure.entra.azure_entra_ca_mfa_admin_roles_test

import data.vigil.azure.entra.azure_entra_ca_mfa_admin_roles

res(attributes) := {"provider": "azure", "account_id": "t1", "region": "global", "service": "entra", "type": "azure.entra.tenant", "id": "t1", "name": "n1", "uid": "uid-t1", "tags": {}, "attributes": attributes}

test_role_policy_passes if {
	result := azure_entra_ca_mfa_admin_roles.deny with input as {"resource": res({"conditionalAccessPolicies": [{"displayName": "p", "state": "enabled", "conditions": {"users": {"includeUsers": [], "includeRoles": ["62e90394-69f5-4237-9190-012177145e10"], "excludeRoles": []}, "applications": {"includeApplications": ["All"], "excludeApplications": []}, "clientAppTypes": ["all"], "signInRiskLevels": [], "userRiskLevels": [], "locations": null, "platforms": null}, "grantControls": {"operator": "OR", "builtInControls": ["mfa"], "customAuthenticationFactors": [], "authenticationStrength": null}}]})}
	count(result) == 0
}

test_all_users_policy_passes if {
	result := azure_entra_ca_mfa_admin_roles.deny with input as {"resource": res({"conditionalAccessPolicies": [{"displayName": "p", "state": "enabled", "conditions": {"users": {"includeUsers": ["All"], "excludeUsers": ["bg"], "includeRoles": [], "excludeRoles": []}, "applications": {"includeApplications": ["All"], "excludeApplications": []}, "clientAppTypes": ["all"], "signInRiskLevels": [], "userRiskLevels": [], "locations": null, "platforms": null}, "grantControls": {"operator": "OR", "builtInControls": ["mfa"], "customAuthenticationFactors": [], "authenticationStrength": null}}]})}
	count(result) == 0
}

test_disabled_fails if {
	result := azure_entra_ca_mfa_admin_roles.deny with input as {"resource": res({"conditionalAccessPolicies": [{"displayName": "p", "state": "disabled", "conditions": {"users": {"includeUsers": [], "includeRoles": ["62e90394-69f5-4237-9190-012177145e10"], "excludeRoles": []}, "applications": {"includeApplications": ["All"], "excludeApplications": []}, "clientAppTypes": ["all"], "signInRiskLevels": [], "userRiskLevels": [], "locations": null, "platforms": null}, "grantControls": {"operator": "OR", "builtInControls": ["mfa"], "customAuthenticationFactors": [], "authenticationStrength": null}}]})}
	count(result) == 1
}

test_other_role_fails if {
	result := azure_entra_ca_mfa_admin_roles.deny with input as {"resource": res({"conditionalAccessPolicies": [{"displayName": "p", "state": "enabled", "conditions": {"users": {"includeUsers": [], "includeRoles": ["other"]}, "applications": {"includeApplications": ["All"], "excludeApplications": []}, "clientAppTypes": ["all"], "signInRiskLevels": [], "userRiskLevels": [], "locations": null, "platforms": null}, "grantControls": {"operator": "OR", "builtInControls": ["mfa"], "customAuthenticationFactors": [], "authenticationStrength": null}}]})}
	count(result) == 1
}
