package vigil.aws.route53.route53_domain_privacy_protection_enabled_test

import data.vigil.aws.route53.route53_domain_privacy_protection_enabled

deny(attributes) := result if {
	result := route53_domain_privacy_protection_enabled.deny with input as {"resource": {
		"provider": "aws", "account_id": "111122223333", "region": "global", "service": "route53domains",
		"type": "aws.route53domains.domain", "id": "example.com", "uid": "arn:aws:route53domains:::domain/example.com",
		"name": "example.com", "tags": {}, "attributes": object.union({"DomainName": "example.com", "AutoRenew": true}, attributes),
	}}
}

test_private_registrant_passes if {
	count(deny({"Detail": {"RegistrantPrivacy": true, "AdminPrivacy": false}})) == 0
}

test_public_registrant_fails if {
	count(deny({"Detail": {"RegistrantPrivacy": false, "AdminPrivacy": true}})) == 1
}

test_missing_flag_fails if {
	count(deny({"Detail": {"StatusList": []}})) == 1
}

test_unread_detail_is_not_judged if {
	count(deny({})) == 0
}
