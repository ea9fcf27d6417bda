package vigil.aws.acm.acm_certificate_transparency_logging_enabled_test

import data.vigil.aws.acm.acm_certificate_transparency_logging_enabled

deny(cert) := result if {
	result := acm_certificate_transparency_logging_enabled.deny with input as {"resource": {
		"provider": "aws", "account_id": "111122223333", "region": "us-east-1", "service": "acm",
		"type": "aws.acm.certificate", "id": "arn:aws:acm:us-east-1:111122223333:certificate/c1",
		"uid": "arn:aws:acm:us-east-1:111122223333:certificate/c1", "name": "www.example.com", "tags": {},
		"attributes": {"Certificate": cert},
	}}
}

test_enabled_passes if {
	count(deny({"Type": "AMAZON_ISSUED", "Options": {"CertificateTransparencyLoggingPreference": "ENABLED"}})) == 0
}

test_disabled_amazon_issued_fails if {
	count(deny({"Type": "AMAZON_ISSUED", "Options": {"CertificateTransparencyLoggingPreference": "DISABLED"}})) == 1
}

test_imported_is_not_judged if {
	count(deny({"Type": "IMPORTED", "Options": {"CertificateTransparencyLoggingPreference": "DISABLED"}})) == 0
}

test_missing_options_pass if {
	count(deny({"Type": "AMAZON_ISSUED"})) == 0
}
