package vigil.lib.gcp.util_test

import data.vigil.lib.gcp.util

test_bindings_flatten_members if {
	util.bindings({"bindings": [{"role": "roles/owner", "members": ["user:a", "group:b"]}]}) == {["roles/owner", "user:a"], ["roles/owner", "group:b"]}
}

test_bindings_of_empty_policy if count(util.bindings({})) == 0

test_is_true_accepts_variants if {
	util.is_true("TRUE")
	util.is_true("true")
	util.is_true("1")
	not util.is_true("false")
	not util.is_true("0")
}

test_covers_port_single_range_and_all if {
	util.covers_port(["22"], 22)
	util.covers_port(["3000-3999"], 3389)
	util.covers_port([], 3389)
	not util.covers_port(["80", "443"], 22)
	not util.covers_port(["1000-2000"], 22)
}

test_open_ingress_needs_world_enabled_ingress if {
	util.open_ingress({"direction": "INGRESS", "sourceRanges": ["0.0.0.0/0"]})
	not util.open_ingress({"direction": "EGRESS", "sourceRanges": ["0.0.0.0/0"]})
	not util.open_ingress({"direction": "INGRESS", "disabled": true, "sourceRanges": ["0.0.0.0/0"]})
	not util.open_ingress({"direction": "INGRESS", "sourceRanges": ["10.0.0.0/8"]})
}

test_duration_seconds if util.duration_seconds("7776000s") == 7776000

test_label_problems_default if {
	util.label_problems({"app": "x", "env": "qa", "team": "t"}) == {"cost-center is missing", "env=qa is not one of prod, staging, dev, sandbox"}
}

test_label_problems_configured if {
	problems := util.label_problems({"owner": "me"}) with data.vigil.config as {"gcp_required_labels": {"owner": []}}
	count(problems) == 0
}
