package vigil.azure.entra.azure_entra_ca_mfa_azure_management_test

import data.vigil.azure.entra.azure_entra_ca_mfa_azure_management

res(attributes) := {"provider": "azure", "account_id": "t1", "region": "global", "service": "entra", "type": "azure.entra.tenant", "id": "t1", "name": "n1", "uid": "uid-t1", "tags": {}, "attributes": attributes}

test_management_app_passes if {
	result := azure_entra_ca_mfa_azure_management.deny with input as {"resource": res({"conditionalAccessPolicies": [{"displayName": "p", "state": "enabled", "conditions": {"users": {"includeUsers": ["All"], "excludeUsers": ["bg"], "includeRoles": [], "excludeRoles": []}, "applications": {"includeApplications": ["797f4846-ba00-4fd7-ba43-dac1f8f63013"], "excludeApplications": []}, "clientAppTypes": ["all"], "signInRiskLevels": [], "userRiskLevels": [], "locations": null, "platforms": null}, "grantControls": {"operator": "OR", "builtInControls": ["mfa"], "customAuthenticationFactors": [], "authenticationStrength": null}}]})}
	count(result) == 0
}

test_all_apps_passes if {
	result := azure_entra_ca_mfa_azure_management.deny with input as {"resource": res({"conditionalAccessPolicies": [{"displayName": "p", "state": "enabled", "conditions": {"users": {"includeUsers": ["All"], "excludeUsers": ["bg"], "includeRoles": [], "excludeRoles": []}, "applications": {"includeApplications": ["All"], "excludeApplications": []}, "clientAppTypes": ["all"], "signInRiskLevels": [], "userRiskLevels": [], "locations": null, "platforms": null}, "grantControls": {"operator": "OR", "builtInControls": ["mfa"], "customAuthenticationFactors": [], "authenticationStrength": null}}]})}
	count(result) == 0
}

test_mfa_or_device_fails if {
	result := azure_entra_ca_mfa_azure_management.deny with input as {"resource": res({"conditionalAccessPolicies": [{"displayName": "p", "state": "enabled", "conditions": {"users": {"includeUsers": ["All"], "excludeUsers": ["bg"], "includeRoles": [], "excludeRoles": []}, "applications": {"includeApplications": ["797f4846-ba00-4fd7-ba43-dac1f8f63013"], "excludeApplications": []}, "clientAppTypes": ["all"], "signInRiskLevels": [], "userRiskLevels": [], "locations": null, "platforms": null}, "grantControls": {"operator": "OR", "builtInControls": ["mfa", "compliantDevice"]}}]})}
	count(result) == 1
}

test_other_app_fails if {
	result := azure_entra_ca_mfa_azure_management.deny with input as {"resource": res({"conditionalAccessPolicies": [{"displayName": "p", "state": "enabled", "conditions": {"users": {"includeUsers": ["All"], "excludeUsers": ["bg"], "includeRoles": [], "excludeRoles": []}, "applications": {"includeApplications": ["Office365"]}, "clientAppTypes": ["all"], "signInRiskLevels": [], "userRiskLevels": [], "locations": null, "platforms": null}, "grantControls": {"operator": "OR", "builtInControls": ["mfa"], "customAuthenticationFactors": [], "authenticationStrength": null}}]})}
	count(result) == 1
}
