package vigil.aws.iam.iam_server_certificate_not_expired_test

import data.vigil.aws.iam.iam_server_certificate_not_expired

certificate(attrs) := {
	"provider": "aws", "account_id": "111122223333", "region": "global", "service": "iam",
	"type": "aws.iam.server_certificate", "id": "web", "uid": "arn:aws:iam::111122223333:server-certificate/web",
	"name": "web", "tags": {}, "attributes": object.union({"ServerCertificateName": "web"}, attrs),
}

now := time.parse_rfc3339_ns("2026-11-22T00:00:00Z")

deny(attrs) := result if {
	result := iam_server_certificate_not_expired.deny with input as {"resource": certificate(attrs)}
		with data.vigil.now_ns as now
}

test_valid_certificate_passes if {
	count(deny({"Expiration": "2027-06-01T00:00:00Z"})) == 0
}

test_expired_certificate_fails if {
	result := deny({"Expiration": "2026-10-23T00:00:00Z"})
	count(result) == 1
	some r in result
	r.evidence.Expiration == "2026-10-23T00:00:00Z"
	contains(r.msg, "30 days ago")
}

test_expired_a_second_ago_fails if {
	count(deny({"Expiration": "2026-11-21T23:59:59Z"})) == 1
}

test_expiring_now_passes if {
	count(deny({"Expiration": "2026-11-22T00:00:00Z"})) == 0
}

test_missing_or_odd_expiration_passes if {
	count(deny({})) == 0
	count(deny({"Expiration": null})) == 0
	count(deny({"Expiration": "N/A"})) == 0
}
