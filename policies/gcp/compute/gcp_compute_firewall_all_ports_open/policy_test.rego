package vigil.gcp.compute.gcp_compute_firewall_all_ports_open_test

import data.vigil.gcp.compute.gcp_compute_firewall_all_ports_open

res(attributes, tags) := {"provider": "gcp", "account_id": "acct-1", "region": "global", "service": "compute", "type": "gcp.compute.firewall", "id": "r1", "name": "r1", "uid": "uid-r1", "tags": tags, "attributes": attributes}

test_all_fails if {
	result := gcp_compute_firewall_all_ports_open.deny with input as {"resource": res({"name": "fw", "direction": "INGRESS", "disabled": false, "sourceRanges": ["0.0.0.0/0"], "allowed": [{"IPProtocol": "all"}]}, {})}
	count(result) == 1
}

test_udp_no_ports_fails if {
	result := gcp_compute_firewall_all_ports_open.deny with input as {"resource": res({"name": "fw", "direction": "INGRESS", "disabled": false, "sourceRanges": ["0.0.0.0/0"], "allowed": [{"IPProtocol": "udp"}]}, {})}
	count(result) == 1
}

test_full_range_fails if {
	result := gcp_compute_firewall_all_ports_open.deny with input as {"resource": res({"name": "fw", "direction": "INGRESS", "disabled": false, "sourceRanges": ["0.0.0.0/0"], "allowed": [{"IPProtocol": "tcp", "ports": ["0-65535"]}]}, {})}
	count(result) == 1
}

test_one_port_passes if {
	result := gcp_compute_firewall_all_ports_open.deny with input as {"resource": res({"name": "fw", "direction": "INGRESS", "disabled": false, "sourceRanges": ["0.0.0.0/0"], "allowed": [{"IPProtocol": "tcp", "ports": ["443"]}]}, {})}
	count(result) == 0
}

test_internal_passes if {
	result := gcp_compute_firewall_all_ports_open.deny with input as {"resource": res({"name": "fw", "direction": "INGRESS", "disabled": false, "sourceRanges": ["10.0.0.0/8"], "allowed": [{"IPProtocol": "all"}]}, {})}
	count(result) == 0
}
