package vigil.lib.aws.util_test

import data.vigil.lib.aws.util

test_as_list if {
	util.as_list("a") == ["a"]
	util.as_list(["a", "b"]) == ["a", "b"]
}

test_array_or_empty if {
	util.array_or_empty(null) == []
	util.array_or_empty([1]) == [1]
}

test_non_empty if {
	util.non_empty("x")
	util.non_empty([1])
	util.non_empty({"a": 1})
	not util.non_empty("")
	not util.non_empty([])
	not util.non_empty(null)
}

test_get_tolerates_non_objects if {
	util.get(null, "a", 7) == 7
	util.get({"a": 1}, "a", 7) == 1
	util.get({}, "a", 7) == 7
}

test_has_key_includes_null_values if {
	util.has_key({"a": null}, "a")
	not util.has_key({"b": 1}, "a")
}

test_setting_defaults if {
	util.setting("owner_tag") == "owner"
	util.setting("spend_growth_percent") == 50
	util.setting("required_tags").env == ["prod", "staging", "dev", "sandbox"]
}

test_setting_from_config if {
	util.setting("owner_tag") == "Owner" with data.vigil.config as {"owner_tag": "Owner"}
	util.setting("spend_growth_percent") == 50 with data.vigil.config as {"owner_tag": "Owner"}
}
