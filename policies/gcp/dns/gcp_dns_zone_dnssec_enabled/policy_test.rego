package vigil.gcp.dns.gcp_dns_zone_dnssec_enabled_test

import data.vigil.gcp.dns.gcp_dns_zone_dnssec_enabled

res(attributes) := {"provider": "gcp", "account_id": "acct-1", "region": "global", "service": "dns", "type": "gcp.dns.managed_zone", "id": "z", "name": "z", "uid": "uid-z", "tags": {}, "attributes": attributes}

test_public_off_fails if {
	result := gcp_dns_zone_dnssec_enabled.deny with input as {"resource": res({"visibility": "public", "dnssecConfig": {"state": "off"}})}
	count(result) == 1
}

test_public_without_config_fails if {
	result := gcp_dns_zone_dnssec_enabled.deny with input as {"resource": res({"visibility": "public"})}
	count(result) == 1
}

test_transfer_fails if {
	result := gcp_dns_zone_dnssec_enabled.deny with input as {"resource": res({"dnssecConfig": {"state": "transfer"}})}
	count(result) == 1
}

test_public_on_passes if {
	result := gcp_dns_zone_dnssec_enabled.deny with input as {"resource": res({"visibility": "public", "dnssecConfig": {"state": "on"}})}
	count(result) == 0
}

test_private_passes if {
	result := gcp_dns_zone_dnssec_enabled.deny with input as {"resource": res({"visibility": "private"})}
	count(result) == 0
}
