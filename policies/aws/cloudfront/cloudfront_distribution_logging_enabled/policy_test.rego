package vigil.aws.cloudfront.cloudfront_distribution_logging_enabled_test

import data.vigil.aws.cloudfront.cloudfront_distribution_logging_enabled

dist(logging) := {
	"provider": "aws", "account_id": "111122223333", "region": "global", "service": "cloudfront",
	"type": "aws.cloudfront.distribution", "id": "E1", "uid": "arn:aws:cloudfront::111122223333:distribution/E1",
	"name": "d1.cloudfront.net", "tags": {}, "attributes": {"Id": "E1", "DistributionConfig": {"Logging": logging}},
}

findings(logging) := result if {
	result := cloudfront_distribution_logging_enabled.deny with input as {"resource": dist(logging)}
}

test_enabled_passes if {
	count(findings({"Enabled": true, "Bucket": "logs.s3.amazonaws.com", "Prefix": "E1/"})) == 0
}

test_disabled_fails if {
	result := findings({"Enabled": false, "Bucket": "", "Prefix": ""})
	count(result) == 1
	some r in result
	r.evidence.value.Enabled == false
}
