package vigil.aws.route53.route53_domain_transfer_lock_enabled_test

import data.vigil.aws.route53.route53_domain_transfer_lock_enabled

deny(attributes) := result if {
	result := route53_domain_transfer_lock_enabled.deny with input as {"resource": {
		"provider": "aws", "account_id": "111122223333", "region": "global", "service": "route53domains",
		"type": "aws.route53domains.domain", "id": "example.com", "uid": "arn:aws:route53domains:::domain/example.com",
		"name": "example.com", "tags": {}, "attributes": object.union({"DomainName": "example.com", "AutoRenew": true}, attributes),
	}}
}

test_locked_passes if {
	count(deny({"Detail": {"StatusList": ["clientUpdateProhibited", "clientTransferProhibited"]}})) == 0
}

test_unlocked_fails if {
	count(deny({"Detail": {"StatusList": ["clientUpdateProhibited"]}})) == 1
	count(deny({"Detail": {"StatusList": []}})) == 1
}

test_server_lock_only_fails if {
	count(deny({"Detail": {"StatusList": ["serverTransferProhibited"]}})) == 1
}

test_missing_status_list_fails if {
	count(deny({"Detail": {"AutoRenew": true}})) == 1
}

test_unread_detail_is_not_judged if {
	count(deny({})) == 0
}
