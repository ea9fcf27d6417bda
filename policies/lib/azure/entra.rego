# METADATA
# scope: package
# title: Conditional Access helpers for the Entra ID policies
# description: When an enabled Conditional Access policy requires MFA, for whom, for which applications and under
#   which conditions (docs/checks-azure.md, Entra ID definitions).
package vigil.lib.azure.entra

global_administrator := "62e90394-69f5-4237-9190-012177145e10"

azure_management := "797f4846-ba00-4fd7-ba43-dac1f8f63013"

# Report-only and disabled policies enforce nothing.
enforced(p) if p.state == "enabled"

# MFA (a built-in control or an authentication strength) that every sign-in in scope must pass: with OR, any one
# control satisfies the policy, so MFA is required only when it is the only control.
requires_mfa(p) if {
	g := p.grantControls
	is_object(g)
	mfa_control(g)
	mfa_mandatory(g)
}

mfa_control(g) if "mfa" in array_or_empty(object.get(g, "builtInControls", []))

mfa_control(g) if is_object(object.get(g, "authenticationStrength", null))

mfa_mandatory(g) if upper(object.get(g, "operator", "OR")) == "AND"

mfa_mandatory(g) if count(controls(g)) == 1

controls(g) := array.concat(
	array.concat(array_or_empty(object.get(g, "builtInControls", [])), array_or_empty(object.get(g, "customAuthenticationFactors", []))),
	[x | is_object(object.get(g, "authenticationStrength", null)); x := "authenticationStrength"],
)

array_or_empty(x) := x if is_array(x)

array_or_empty(x) := [] if not is_array(x)

users(p) := object.get(object.get(p, "conditions", {}), "users", {})

apps(p) := object.get(object.get(p, "conditions", {}), "applications", {})

# Every user: includeUsers has All; named users and groups may be excluded (break-glass accounts), roles may not.
all_users(p) if {
	"All" in array_or_empty(object.get(users(p), "includeUsers", []))
	count(array_or_empty(object.get(users(p), "excludeRoles", []))) == 0
}

# Holders of the Global Administrator role: every user, or the role included and not excluded.
admins(p) if all_users(p)

admins(p) if {
	global_administrator in array_or_empty(object.get(users(p), "includeRoles", []))
	not global_administrator in array_or_empty(object.get(users(p), "excludeRoles", []))
}

all_apps(p) if {
	"All" in array_or_empty(object.get(apps(p), "includeApplications", []))
	count(array_or_empty(object.get(apps(p), "excludeApplications", []))) == 0
}

app(p, id) if all_apps(p)

app(p, id) if {
	id in array_or_empty(object.get(apps(p), "includeApplications", []))
	not id in array_or_empty(object.get(apps(p), "excludeApplications", []))
}

# No condition narrows the policy to some sign-ins: no risk levels, every client app, every location, platform
# and device.
unconditional(p) if {
	no_risk(p)
	every_sign_in(p)
}

no_risk(p) if {
	c := object.get(p, "conditions", {})
	count(array_or_empty(object.get(c, "signInRiskLevels", []))) == 0
	count(array_or_empty(object.get(c, "userRiskLevels", []))) == 0
}

every_sign_in(p) if {
	c := object.get(p, "conditions", {})
	every_client(array_or_empty(object.get(c, "clientAppTypes", [])))
	everywhere(object.get(c, "locations", null), "includeLocations", "excludeLocations")
	everywhere(object.get(c, "platforms", null), "includePlatforms", "excludePlatforms")
	object.get(c, "devices", null) == null
}

every_client(types) if count(types) == 0

every_client(types) if "all" in types

everywhere(x, _, _) if x == null

everywhere(x, include, exclude) if {
	is_object(x)
	some all in array_or_empty(object.get(x, include, []))
	lower(all) == "all"
	count(array_or_empty(object.get(x, exclude, []))) == 0
}

# An enforced policy that requires MFA of every user for every application on every sign-in.
mfa_everyone_everywhere(p) if {
	enforced(p)
	requires_mfa(p)
	all_users(p)
	all_apps(p)
	unconditional(p)
}
