# METADATA
# scope: package
# title: Shared helpers for Azure policies
# description: NSG rule matching (internet sources, port coverage), case-insensitive ARM enums, Defender plans,
#   tags and settings with their documented defaults (docs/checks-azure.md).
package vigil.lib.azure.util

default_config := {
	"required_tags": {
		"app": [],
		"env": ["prod", "staging", "dev", "sandbox"],
		"team": [],
		"cost-center": [],
	},
	"spend_growth_percent": 50,
	"azure_required_policy_definitions": [
		"/providers/Microsoft.Authorization/policyDefinitions/e56962a6-4747-49cd-b67b-bf8b01975c4c",
		"/providers/Microsoft.Authorization/policyDefinitions/871b6d14-10aa-478d-b590-94f262ecfa99",
		"/providers/Microsoft.Authorization/policySetDefinitions/1f3afdf9-d0c9-4c3d-847f-89da613e70a8",
	],
	"azure_max_subscription_owners": 3,
	"azure_storage_key_max_age_days": 90,
}

internet_sources := {"*", "internet", "any", "0.0.0.0/0", "0.0.0.0", "::/0"}

# setting(key) is data.vigil.config[key], or the documented default when the key is missing.
setting(key) := data.vigil.config[key]

setting(key) := default_config[key] if not has_config_key(key)

has_config_key(key) if {
	is_object(data.vigil.config)
	_ = data.vigil.config[key]
}

# same(a, b) compares ARM enum values case-insensitively.
same(a, b) if lower(sprintf("%v", [a])) == lower(sprintf("%v", [b]))

# sources(props) are the rule's source prefixes (single and list forms).
sources(props) := array.concat([object.get(props, "sourceAddressPrefix", "")], object.get(props, "sourceAddressPrefixes", []))

# ports(props) are the rule's destination port specs (single and list forms).
ports(props) := [p | some p in array.concat([object.get(props, "destinationPortRange", "")], object.get(props, "destinationPortRanges", [])); p != ""]

# internet_inbound_allow(rule) holds for an inbound Allow rule from an internet source.
internet_inbound_allow(rule) if {
	props := rule.properties
	same(props.direction, "Inbound")
	same(props.access, "Allow")
	some source in sources(props)
	lower(source) in internet_sources
}

# protocol_matches(props, wanted) holds when the rule's protocol is wanted (Tcp / Udp) or *.
protocol_matches(props, _) if props.protocol == "*"

protocol_matches(props, wanted) if same(props.protocol, wanted)

# covers_port(props, p) holds when a destination port spec is *, p, or a range a-b with a <= p <= b.
covers_port(props, _) if "*" in ports(props)

covers_port(props, p) if {
	some spec in ports(props)
	spec != "*"
	not contains(spec, "-")
	to_number(spec) == p
}

covers_port(props, p) if {
	some spec in ports(props)
	parts := split(spec, "-")
	count(parts) == 2
	to_number(parts[0]) <= p
	p <= to_number(parts[1])
}

# open_port_rules(nsg, protocol, port) are the indexes of internet inbound allow rules for protocol covering port.
open_port_rules(nsg, protocol, port) := {i |
	some i, rule in object.get(object.get(nsg.attributes, "properties", {}), "securityRules", [])
	internet_inbound_allow(rule)
	protocol_matches(rule.properties, protocol)
	covers_port(rule.properties, port)
}

# plan_off(subscription, plan) holds when the Defender plan is absent or not Standard.
plan_off(subscription, plan) if not plan_standard(subscription, plan)

plan_standard(subscription, plan) if {
	some p in object.get(subscription.attributes, "defenderPlans", [])
	p.name == plan
	same(p.properties.pricingTier, "Standard")
}

# tag_problems(tags) names every required tag that is missing or has a value outside its list.
tag_problems(tags) := {problem |
	some key, allowed in setting("required_tags")
	problem := tag_problem(key, object.get(tags, key, ""), allowed)
}

tag_problem(key, value, _) := sprintf("%s is missing", [key]) if value == ""

tag_problem(key, value, allowed) := sprintf("%s=%s is not one of %s", [key, value, concat(", ", allowed)]) if {
	value != ""
	count(allowed) > 0
	not value in allowed
}

# activity_alert(subscription, operation) holds when an enabled activity log alert scoped to the subscription
# has an allOf condition operationName equals operation (case-insensitive).
activity_alert(subscription, operation) if {
	scope := lower(sprintf("/subscriptions/%s", [object.get(subscription.attributes, "subscriptionId", "")]))
	some alert in object.get(subscription.attributes, "activityLogAlerts", [])
	object.get(alert.properties, "enabled", true) != false
	some s in object.get(alert.properties, "scopes", [])
	lower(s) == scope
	some c in object.get(object.get(alert.properties, "condition", {}), "allOf", [])
	lower(object.get(c, "field", "")) == "operationname"
	lower(object.get(c, "equals", "")) == lower(operation)
}

# parameter_value(resource, name) is the value (as text) of the server parameter name in the record's
# configurations (PostgreSQL / MySQL flexible servers), or "" when the parameter is not listed.
parameter_value(resource, name) := sprintf("%v", [object.get(object.get(c, "properties", {}), "value", "")]) if {
	some c in object.get(resource.attributes, "configurations", [])
	c.name == name
}

parameter_value(resource, name) := "" if not has_parameter(resource, name)

has_parameter(resource, name) if {
	some c in object.get(resource.attributes, "configurations", [])
	c.name == name
}
