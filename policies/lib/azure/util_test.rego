package vigil.lib.azure.util_test

import data.vigil.lib.azure.util

rule(source, protocol, port) := {"name": "r", "properties": {"direction": "Inbound", "access": "Allow", "protocol": protocol, "sourceAddressPrefix": source, "destinationPortRange": port}}

test_internet_sources if {
	util.internet_inbound_allow(rule("Internet", "Tcp", "22"))
	util.internet_inbound_allow(rule("*", "Tcp", "22"))
	util.internet_inbound_allow(rule("0.0.0.0/0", "Tcp", "22"))
	not util.internet_inbound_allow(rule("VirtualNetwork", "Tcp", "22"))
}

test_source_prefix_list if {
	util.internet_inbound_allow({"properties": {"direction": "Inbound", "access": "Allow", "sourceAddressPrefixes": ["10.0.0.0/8", "0.0.0.0/0"]}})
}

test_deny_and_outbound_do_not_count if {
	not util.internet_inbound_allow({"properties": {"direction": "Inbound", "access": "Deny", "sourceAddressPrefix": "*"}})
	not util.internet_inbound_allow({"properties": {"direction": "Outbound", "access": "Allow", "sourceAddressPrefix": "*"}})
}

test_port_coverage if {
	util.covers_port({"destinationPortRange": "*"}, 22)
	util.covers_port({"destinationPortRange": "3380-3390"}, 3389)
	util.covers_port({"destinationPortRanges": ["80", "22"]}, 22)
	not util.covers_port({"destinationPortRange": "443"}, 22)
}

test_protocol_star_counts_for_both if {
	util.protocol_matches({"protocol": "*"}, "Udp")
	util.protocol_matches({"protocol": "TCP"}, "Tcp")
	not util.protocol_matches({"protocol": "Udp"}, "Tcp")
}

test_tag_problems if {
	util.tag_problems({"app": "a", "env": "prod", "team": "t", "cost-center": "c"}) == set()
	util.tag_problems({"app": "a", "env": "prod", "cost-center": "c"}) == {"team is missing"}
}

test_parameter_value_listed if {
	util.parameter_value({"attributes": {"configurations": [{"name": "log_checkpoints", "properties": {"value": "on"}}]}}, "log_checkpoints") == "on"
}

test_parameter_value_absent_is_empty if {
	util.parameter_value({"attributes": {"configurations": [{"name": "other", "properties": {"value": "on"}}]}}, "log_checkpoints") == ""
	util.parameter_value({"attributes": {}}, "log_checkpoints") == ""
}
