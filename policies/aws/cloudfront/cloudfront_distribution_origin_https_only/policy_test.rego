package vigil.aws.cloudfront.cloudfront_distribution_origin_https_only_test

import data.vigil.aws.cloudfront.cloudfront_distribution_origin_https_only

dist(origins) := {
	"provider": "aws", "account_id": "111122223333", "region": "global", "service": "cloudfront",
	"type": "aws.cloudfront.distribution", "id": "E1", "uid": "arn:aws:cloudfront::111122223333:distribution/E1",
	"name": "d1.cloudfront.net", "tags": {}, "attributes": {"Id": "E1", "Origins": {"Quantity": count(origins), "Items": origins}},
}

findings(origins) := result if {
	result := cloudfront_distribution_origin_https_only.deny with input as {"resource": dist(origins)}
}

custom(policy) := {"Id": "api", "DomainName": "api.example.com", "CustomOriginConfig": {"OriginProtocolPolicy": policy}}

test_https_only_passes if {
	count(findings([custom("https-only")])) == 0
}

test_http_only_fails if {
	result := findings([custom("http-only")])
	count(result) == 1
	some r in result
	r.evidence.OriginProtocolPolicy == "http-only"
}

test_match_viewer_fails if {
	count(findings([custom("match-viewer")])) == 1
}

test_s3_origins_not_judged if {
	count(findings([{"Id": "s3", "DomainName": "b.s3.us-east-1.amazonaws.com", "S3OriginConfig": {"OriginAccessIdentity": ""}}])) == 0
	count(findings([{"Id": "web", "DomainName": "b.s3-website-us-east-1.amazonaws.com", "CustomOriginConfig": {"OriginProtocolPolicy": "http-only"}}])) == 0
}
