package vigil.aws.cloudfront.cloudfront_distribution_waf_enabled_test

import data.vigil.aws.cloudfront.cloudfront_distribution_waf_enabled

dist(acl) := {
	"provider": "aws", "account_id": "111122223333", "region": "global", "service": "cloudfront",
	"type": "aws.cloudfront.distribution", "id": "E1", "uid": "arn:aws:cloudfront::111122223333:distribution/E1",
	"name": "d1.cloudfront.net", "tags": {}, "attributes": {"Id": "E1", "WebACLId": acl},
}

findings(acl) := result if {
	result := cloudfront_distribution_waf_enabled.deny with input as {"resource": dist(acl)}
}

test_web_acl_passes if {
	count(findings("arn:aws:wafv2:us-east-1:111122223333:global/webacl/edge/1")) == 0
}

test_empty_fails if {
	count(findings("")) == 1
}

test_missing_fails if {
	resource := json.patch(dist("x"), [{"op": "remove", "path": "/attributes/WebACLId"}])
	result := cloudfront_distribution_waf_enabled.deny with input as {"resource": resource}
	count(result) == 1
}
