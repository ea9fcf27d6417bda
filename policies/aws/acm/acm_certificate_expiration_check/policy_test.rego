package vigil.aws.acm.acm_certificate_expiration_check_test

import data.vigil.aws.acm.acm_certificate_expiration_check

# 2026-12-07T00:00:00Z
now_ns := 1796601600000000000

deny(cert) := result if {
	result := acm_certificate_expiration_check.deny with input as {"resource": {
		"provider": "aws", "account_id": "111122223333", "region": "us-east-1", "service": "acm",
		"type": "aws.acm.certificate", "id": "arn:aws:acm:us-east-1:111122223333:certificate/c1",
		"uid": "arn:aws:acm:us-east-1:111122223333:certificate/c1", "name": "www.example.com", "tags": {},
		"attributes": {"CertificateArn": "arn:aws:acm:us-east-1:111122223333:certificate/c1", "Certificate": cert},
	}}
		with data.vigil.now_ns as now_ns
}

test_far_expiry_passes if {
	count(deny({"Status": "ISSUED", "NotAfter": "2027-06-01T00:00:00Z"})) == 0
}

test_thirty_one_days_passes if {
	count(deny({"Status": "ISSUED", "NotAfter": "2027-01-07T00:00:00Z"})) == 0
}

test_ten_days_fails if {
	result := deny({"Status": "ISSUED", "NotAfter": "2026-12-17T00:00:00Z", "InUseBy": []})
	count(result) == 1
	some r in result
	r.evidence.NotAfter == "2026-12-17T00:00:00Z"
}

test_twenty_nine_days_fails if {
	count(deny({"Status": "ISSUED", "NotAfter": "2027-01-05T00:00:00Z"})) == 1
}

test_expired_status_is_not_judged if {
	count(deny({"Status": "EXPIRED", "NotAfter": "2026-11-17T00:00:00Z"})) == 0
}

test_unread_certificate_is_not_judged if {
	result := acm_certificate_expiration_check.deny with input as {"resource": {"name": "x", "attributes": {}}}
		with data.vigil.now_ns as now_ns
	count(result) == 0
}
