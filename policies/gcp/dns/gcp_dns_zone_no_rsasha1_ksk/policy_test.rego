package vigil.gcp.dns.gcp_dns_zone_no_rsasha1_ksk_test

import data.vigil.gcp.dns.gcp_dns_zone_no_rsasha1_ksk

res(attributes) := {"provider": "gcp", "account_id": "acct-1", "region": "global", "service": "dns", "type": "gcp.dns.managed_zone", "id": "z", "name": "z", "uid": "uid-z", "tags": {}, "attributes": attributes}

zone(mine, other) := {"visibility": "public", "dnssecConfig": {"state": "on", "defaultKeySpecs": [
	{"keyType": "keySigning", "algorithm": mine, "keyLength": 2048},
	{"keyType": "zoneSigning", "algorithm": other, "keyLength": 1024},
]}}

test_rsasha1_fails if {
	result := gcp_dns_zone_no_rsasha1_ksk.deny with input as {"resource": res(zone("rsasha1", "rsasha256"))}
	count(result) == 1
}

test_upper_case_fails if {
	result := gcp_dns_zone_no_rsasha1_ksk.deny with input as {"resource": res(zone("RSASHA1", "rsasha256"))}
	count(result) == 1
}

test_other_key_rsasha1_passes if {
	result := gcp_dns_zone_no_rsasha1_ksk.deny with input as {"resource": res(zone("rsasha256", "rsasha1"))}
	count(result) == 0
}

test_no_dnssec_passes if {
	result := gcp_dns_zone_no_rsasha1_ksk.deny with input as {"resource": res({"visibility": "private"})}
	count(result) == 0
}
