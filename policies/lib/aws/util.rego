# METADATA
# scope: package
# title: Shared helpers for AWS policies
# description: List normalisation, key tests and policy settings with their documented defaults.
package vigil.lib.aws.util

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

# has_key(obj, key) holds when obj has key, whatever its value (null included).
has_key(obj, key) if _ = obj[key]

# get(obj, key, fallback) is object.get for values that may not be objects (null details, gaps):
# a non-object yields the fallback instead of a type error.
get(obj, key, fallback) := object.get(obj, key, fallback) if is_object(obj)

get(obj, key, fallback) := fallback if not is_object(obj)
