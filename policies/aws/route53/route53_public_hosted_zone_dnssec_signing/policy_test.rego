package vigil.aws.route53.route53_public_hosted_zone_dnssec_signing_test

import data.vigil.aws.route53.route53_public_hosted_zone_dnssec_signing

deny(attributes) := result if {
	result := route53_public_hosted_zone_dnssec_signing.deny with input as {"resource": {
		"provider": "aws", "account_id": "111122223333", "region": "global", "service": "route53",
		"type": "aws.route53.hosted_zone", "id": "/hostedzone/Z1", "uid": "arn:aws:route53:::hostedzone/Z1",
		"name": "example.com.", "tags": {}, "attributes": object.union({"Id": "/hostedzone/Z1", "Name": "example.com."}, attributes),
	}}
}

test_signing_public_zone_passes if {
	count(deny({"Config": {"PrivateZone": false}, "DNSSEC": {"Status": {"ServeSignature": "SIGNING"}}})) == 0
}

test_not_signing_public_zone_fails if {
	result := deny({"Config": {"PrivateZone": false}, "DNSSEC": {"Status": {"ServeSignature": "NOT_SIGNING"}}})
	count(result) == 1
	some r in result
	r.evidence.ServeSignature == "NOT_SIGNING"
}

test_deleting_or_action_needed_fails if {
	count(deny({"Config": {"PrivateZone": false}, "DNSSEC": {"Status": {"ServeSignature": "ACTION_NEEDED"}}})) == 1
	count(deny({"Config": {}, "DNSSEC": {"Status": {}}})) == 1
}

test_private_zone_is_not_judged if {
	count(deny({"Config": {"PrivateZone": true}, "DNSSEC": null})) == 0
}

test_unread_dnssec_is_not_judged if {
	count(deny({"Config": {"PrivateZone": false}})) == 0
}
