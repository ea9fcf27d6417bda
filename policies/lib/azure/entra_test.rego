package vigil.lib.azure.entra_test

import data.vigil.lib.azure.entra

policy(state, users, apps, grant) := {"state": state, "conditions": {"users": users, "applications": apps, "clientAppTypes": ["all"], "signInRiskLevels": [], "userRiskLevels": [], "locations": null, "platforms": null}, "grantControls": grant}

everyone := {"includeUsers": ["All"], "excludeUsers": ["u-breakglass"], "includeRoles": [], "excludeRoles": []}

all_apps := {"includeApplications": ["All"], "excludeApplications": []}

test_enabled_mfa_for_everyone if entra.mfa_everyone_everywhere(policy("enabled", everyone, all_apps, {"operator": "OR", "builtInControls": ["mfa"]}))

test_report_only_enforces_nothing if not entra.mfa_everyone_everywhere(policy("enabledForReportingButNotEnforced", everyone, all_apps, {"operator": "OR", "builtInControls": ["mfa"]}))

test_mfa_or_device_is_not_mfa if not entra.requires_mfa({"grantControls": {"operator": "OR", "builtInControls": ["mfa", "compliantDevice"]}})

test_mfa_and_device_is_mfa if entra.requires_mfa({"grantControls": {"operator": "AND", "builtInControls": ["mfa", "compliantDevice"]}})

test_authentication_strength_is_mfa if entra.requires_mfa({"grantControls": {"operator": "OR", "builtInControls": [], "authenticationStrength": {"id": "s"}}})

test_block_is_not_mfa if not entra.requires_mfa({"grantControls": {"operator": "OR", "builtInControls": ["block"]}})

test_excluded_role_is_not_everyone if not entra.all_users({"conditions": {"users": {"includeUsers": ["All"], "excludeRoles": ["r"]}}})

test_admins_by_role if entra.admins({"conditions": {"users": {"includeUsers": [], "includeRoles": [entra.global_administrator]}}})

test_admins_role_excluded if not entra.admins({"conditions": {"users": {"includeUsers": [], "includeRoles": [entra.global_administrator], "excludeRoles": [entra.global_administrator]}}})

test_excluded_app_is_not_all if not entra.all_apps({"conditions": {"applications": {"includeApplications": ["All"], "excludeApplications": ["a"]}}})

test_named_app if entra.app({"conditions": {"applications": {"includeApplications": [entra.azure_management]}}}, entra.azure_management)

test_legacy_clients_only_is_conditional if {
	p := object.union(policy("enabled", everyone, all_apps, {"operator": "OR", "builtInControls": ["mfa"]}), {"conditions": {"users": everyone, "applications": all_apps, "clientAppTypes": ["exchangeActiveSync", "other"]}})
	not entra.mfa_everyone_everywhere(p)
}

test_location_exclusion_is_conditional if {
	p := object.union(policy("enabled", everyone, all_apps, {"operator": "OR", "builtInControls": ["mfa"]}), {"conditions": {"users": everyone, "applications": all_apps, "locations": {"includeLocations": ["All"], "excludeLocations": ["AllTrusted"]}}})
	not entra.mfa_everyone_everywhere(p)
}

test_all_locations_is_unconditional if {
	p := object.union(policy("enabled", everyone, all_apps, {"operator": "OR", "builtInControls": ["mfa"]}), {"conditions": {"users": everyone, "applications": all_apps, "locations": {"includeLocations": ["All"], "excludeLocations": []}}})
	entra.mfa_everyone_everywhere(p)
}

test_risk_levels_are_conditional if {
	p := object.union(policy("enabled", everyone, all_apps, {"operator": "OR", "builtInControls": ["mfa"]}), {"conditions": {"users": everyone, "applications": all_apps, "signInRiskLevels": ["high"]}})
	not entra.mfa_everyone_everywhere(p)
}
