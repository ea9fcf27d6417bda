package vigil.aws.route53.route53_domain_auto_renew_enabled_test

import data.vigil.aws.route53.route53_domain_auto_renew_enabled

deny(attributes) := result if {
	result := route53_domain_auto_renew_enabled.deny with input as {"resource": {
		"provider": "aws", "account_id": "111122223333", "region": "global", "service": "route53domains",
		"type": "aws.route53domains.domain", "id": "example.com", "uid": "arn:aws:route53domains:::domain/example.com",
		"name": "example.com", "tags": {}, "attributes": object.union({"DomainName": "example.com"}, attributes),
	}}
}

test_auto_renew_passes if {
	count(deny({"AutoRenew": true})) == 0
}

test_no_auto_renew_fails if {
	count(deny({"AutoRenew": false})) == 1
	count(deny({"AutoRenew": null})) == 1
}

test_absent_auto_renew_is_not_judged if {
	count(deny({})) == 0
}
