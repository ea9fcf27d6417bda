package vigil.aws.cloudfront.cloudfront_distribution_tls_1_2_test

import data.vigil.aws.cloudfront.cloudfront_distribution_tls_1_2

dist(cert) := {
	"provider": "aws", "account_id": "111122223333", "region": "global", "service": "cloudfront",
	"type": "aws.cloudfront.distribution", "id": "E1", "uid": "arn:aws:cloudfront::111122223333:distribution/E1",
	"name": "d1.cloudfront.net", "tags": {}, "attributes": {"Id": "E1", "ViewerCertificate": cert},
}

findings(cert) := result if {
	result := cloudfront_distribution_tls_1_2.deny with input as {"resource": dist(cert)}
}

acm(version) := {"CloudFrontDefaultCertificate": false, "ACMCertificateArn": "arn:aws:acm:us-east-1:111122223333:certificate/x", "SSLSupportMethod": "sni-only", "MinimumProtocolVersion": version}

test_modern_versions_pass if {
	count(findings(acm("TLSv1.2_2021"))) == 0
	count(findings(acm("TLSv1.2_2025"))) == 0
	count(findings(acm("TLSv1.3_2025"))) == 0
}

test_older_versions_fail if {
	count(findings(acm("TLSv1.2_2019"))) == 1
	count(findings(acm("TLSv1.2_2018"))) == 1
	count(findings(acm("TLSv1.1_2016"))) == 1
	count(findings(acm("TLSv1"))) == 1
}

test_default_certificate_fails if {
	result := findings({"CloudFrontDefaultCertificate": true, "MinimumProtocolVersion": "TLSv1", "CertificateSource": "cloudfront"})
	count(result) == 1
	some r in result
	r.evidence.CloudFrontDefaultCertificate == true
}
