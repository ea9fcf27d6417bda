package vigil.gcp.compute.gcp_compute_firewall_ssh_open_test

import data.vigil.gcp.compute.gcp_compute_firewall_ssh_open

res(attributes, tags) := {"provider": "gcp", "account_id": "acct-1", "region": "global", "service": "compute", "type": "gcp.compute.firewall", "id": "r1", "name": "r1", "uid": "uid-r1", "tags": tags, "attributes": attributes}

test_exact_port_fails if {
	result := gcp_compute_firewall_ssh_open.deny with input as {"resource": res({"name": "fw", "direction": "INGRESS", "disabled": false, "sourceRanges": ["0.0.0.0/0"], "allowed": [{"IPProtocol": "tcp", "ports": ["22"]}]}, {})}
	count(result) == 1
}

test_range_fails if {
	result := gcp_compute_firewall_ssh_open.deny with input as {"resource": res({"name": "fw", "direction": "INGRESS", "disabled": false, "sourceRanges": ["0.0.0.0/0"], "allowed": [{"IPProtocol": "tcp", "ports": ["12-32"]}]}, {})}
	count(result) == 1
}

test_all_protocols_fails if {
	result := gcp_compute_firewall_ssh_open.deny with input as {"resource": res({"name": "fw", "direction": "INGRESS", "disabled": false, "sourceRanges": ["0.0.0.0/0"], "allowed": [{"IPProtocol": "all"}]}, {})}
	count(result) == 1
}

test_private_source_passes if {
	result := gcp_compute_firewall_ssh_open.deny with input as {"resource": res({"name": "fw", "direction": "INGRESS", "disabled": false, "sourceRanges": ["10.0.0.0/8"], "allowed": [{"IPProtocol": "tcp", "ports": ["22"]}]}, {})}
	count(result) == 0
}

test_other_port_passes if {
	result := gcp_compute_firewall_ssh_open.deny with input as {"resource": res({"name": "fw", "direction": "INGRESS", "disabled": false, "sourceRanges": ["0.0.0.0/0"], "allowed": [{"IPProtocol": "tcp", "ports": ["443"]}]}, {})}
	count(result) == 0
}

test_disabled_passes if {
	result := gcp_compute_firewall_ssh_open.deny with input as {"resource": res({"name": "fw", "direction": "INGRESS", "disabled": true, "sourceRanges": ["0.0.0.0/0"], "allowed": [{"IPProtocol": "tcp", "ports": ["22"]}]}, {})}
	count(result) == 0
}

test_egress_passes if {
	result := gcp_compute_firewall_ssh_open.deny with input as {"resource": res({"name": "fw", "direction": "EGRESS", "disabled": false, "sourceRanges": ["0.0.0.0/0"], "allowed": [{"IPProtocol": "tcp", "ports": ["22"]}]}, {})}
	count(result) == 0
}
