# METADATA
# scope: package
# title: Shared helpers for AWS policies
# description: List normalisation, policy settings with defaults, and date arithmetic against data.vigil.now_ns.
package vigil.lib.aws.util

# Nanoseconds in one day.
day_ns := 86400000000000

default_config := {
	"required_tags": {
		"app": [],
		"env": ["prod", "staging", "dev", "sandbox"],
		"team": [],
		"cost-center": [],
	},
	"spend_growth_percent": 50,
	"owner_tag": "owner",
	"allowed_regions": ["us-east-1", "us-west-2", "eu-west-1"],
}

# setting(key) is data.vigil.config[key], or the documented default when the key is missing.
setting(key) := data.vigil.config[key]

setting(key) := default_config[key] if not has_config_key(key)

has_config_key(key) if {
	is_object(data.vigil.config)
	_ = data.vigil.config[key]
}

# as_list(x) is x when x is an array, otherwise [x]: IAM fields take a string or a list.
as_list(x) := x if is_array(x)

as_list(x) := [x] if not is_array(x)

# array_or_empty(x) is x when x is an array, otherwise []: missing and null lists are empty.
array_or_empty(x) := x if is_array(x)

array_or_empty(x) := [] if not is_array(x)

# non_empty(x) holds for a non-empty string, array or object.
non_empty(x) if {
	is_string(x)
	x != ""
}

non_empty(x) if {
	is_array(x)
	count(x) > 0
}

non_empty(x) if {
	is_object(x)
	count(x) > 0
}

# Credential-report placeholders that are not dates.
non_dates := {"N/A", "n/a", "no_information", "not_supported"}

# is_date(s) holds for an ISO-8601 / RFC 3339 timestamp such as 2026-01-05T10:00:00+00:00.
is_date(s) if {
	is_string(s)
	not s in non_dates
	regex.match(`^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}`, s)
	_ = time.parse_rfc3339_ns(s)
}

# age_ns(s) is how long before now the timestamp s lies, in nanoseconds.
age_ns(s) := data.vigil.now_ns - time.parse_rfc3339_ns(s) if is_date(s)

# age_days(s) is the whole number of days between s and now.
age_days(s) := floor(age_ns(s) / day_ns)

# older_than_days(s, n): s is a date more than n days before now.
older_than_days(s, n) if age_ns(s) > n * day_ns

# within_days(s, n): s is a date less than n days before now.
within_days(s, n) if age_ns(s) < n * day_ns

# has_key(obj, key) holds when obj has key, whatever its value (null included).
has_key(obj, key) if _ = obj[key]
