package vigil.aws.cloudfront.cloudfront_distribution_s3_origin_access_control_test

import data.vigil.aws.cloudfront.cloudfront_distribution_s3_origin_access_control

dist(origins) := {
	"provider": "aws", "account_id": "111122223333", "region": "global", "service": "cloudfront",
	"type": "aws.cloudfront.distribution", "id": "E1", "uid": "arn:aws:cloudfront::111122223333:distribution/E1",
	"name": "d1.cloudfront.net", "tags": {}, "attributes": {"Id": "E1", "Origins": {"Quantity": count(origins), "Items": origins}},
}

findings(origins) := result if {
	result := cloudfront_distribution_s3_origin_access_control.deny with input as {"resource": dist(origins)}
}

s3(oai, oac) := {"Id": "s3", "DomainName": "site.s3.us-east-1.amazonaws.com", "S3OriginConfig": {"OriginAccessIdentity": oai}, "OriginAccessControlId": oac}

test_oac_passes if {
	count(findings([s3("", "E3OAC")])) == 0
}

test_oai_only_fails if {
	count(findings([s3("origin-access-identity/cloudfront/E2", "")])) == 1
}

test_no_oai_no_oac_fails if {
	count(findings([s3("", "")])) == 1
}

test_website_endpoint_fails if {
	result := findings([{"Id": "web", "DomainName": "site.s3-website-us-east-1.amazonaws.com", "CustomOriginConfig": {"OriginProtocolPolicy": "http-only"}, "OriginAccessControlId": ""}])
	count(result) == 1
}

test_custom_origin_passes if {
	count(findings([{"Id": "api", "DomainName": "api.example.com", "CustomOriginConfig": {"OriginProtocolPolicy": "https-only"}, "OriginAccessControlId": ""}])) == 0
}
