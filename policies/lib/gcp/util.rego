# METADATA
# scope: package
# title: Shared helpers for GCP policies
# description: IAM bindings, public members, metadata flags, firewall port coverage, labels and settings with
#   their documented defaults (docs/checks-gcp.md).
package vigil.lib.gcp.util

default_config := {
	"required_tags": {
		"app": [],
		"env": ["prod", "staging", "dev", "sandbox"],
		"team": [],
		"cost-center": [],
	},
	"spend_growth_percent": 50,
}

public_members := {"allUsers", "allAuthenticatedUsers"}

basic_roles := {"roles/owner", "roles/editor"}

world_ranges := {"0.0.0.0/0", "::/0"}

day_ns := 86400000000000

# setting(key) is data.vigil.config[key], or the documented default when the key is missing.
setting(key) := data.vigil.config[key]

setting(key) := default_config[key] if not has_config_key(key)

has_config_key(key) if {
	is_object(data.vigil.config)
	_ = data.vigil.config[key]
}

# required_labels is gcp_required_labels when configured, else required_tags (configured or default).
required_labels := data.vigil.config.gcp_required_labels

required_labels := setting("required_tags") if not has_config_key("gcp_required_labels")

# bindings(policy) yields [role, member] for every member of every binding of an IAM policy.
bindings(policy) := {[binding.role, member] |
	some binding in object.get(policy, "bindings", [])
	some member in object.get(binding, "members", [])
}

# is_true(v) holds for a metadata value meaning true: TRUE, true or 1 (any case).
is_true(v) if lower(trim_space(sprintf("%v", [v]))) in {"true", "1"}

# metadata_value(meta, key) is the value of the metadata.items entry named key. The snapshot keeps values only for
# flag keys (enable-oslogin, block-project-ssh-keys, serial-port-enable, …); other entries carry present and sha256.
metadata_value(meta, key) := item.value if {
	some item in object.get(meta, "items", [])
	item.key == key
}

# metadata_flag(meta, key) is the kept value of the flag key, or null when it is unset or was not kept.
metadata_flag(meta, key) := value if {
	value := metadata_value(meta, key)
} else := null

# covers_port(ports, p) holds when a firewall ports list allows port p ("22", "1000-2000"; none = all).
covers_port(ports, _) if count(ports) == 0

covers_port(ports, p) if {
	some spec in ports
	not contains(spec, "-")
	to_number(spec) == p
}

covers_port(ports, p) if {
	some spec in ports
	parts := split(spec, "-")
	count(parts) == 2
	to_number(parts[0]) <= p
	p <= to_number(parts[1])
}

# open_ingress(fw) holds for an enabled ingress rule with a world source range.
open_ingress(fw) if {
	object.get(fw, "direction", "INGRESS") == "INGRESS"
	not object.get(fw, "disabled", false) == true
	some r in object.get(fw, "sourceRanges", [])
	r in world_ranges
}

# allows_port(fw, p) is the index of an allowed[] entry admitting TCP port p (protocol all or tcp).
allows_port(fw, p) := i if {
	some i, a in object.get(fw, "allowed", [])
	lower(a.IPProtocol) == "all"
}

allows_port(fw, p) := i if {
	some i, a in object.get(fw, "allowed", [])
	lower(a.IPProtocol) == "tcp"
	covers_port(object.get(a, "ports", []), p)
}

# duration_seconds("7776000s") is 7776000.
duration_seconds(d) := to_number(trim_suffix(d, "s"))

# older_than_days(ts, n) holds when the RFC 3339 timestamp ts lies more than n days before now.
older_than_days(ts, n) if data.vigil.now_ns - time.parse_rfc3339_ns(ts) > n * day_ns

# label_problems(labels) names every required label that is missing or has a value outside its list.
label_problems(labels) := {problem |
	some key, allowed in required_labels
	problem := label_problem(key, object.get(labels, key, ""), allowed)
}

label_problem(key, value, _) := sprintf("%s is missing", [key]) if value == ""

label_problem(key, value, allowed) := sprintf("%s=%s is not one of %s", [key, value, concat(", ", allowed)]) if {
	value != ""
	count(allowed) > 0
	not value in allowed
}
