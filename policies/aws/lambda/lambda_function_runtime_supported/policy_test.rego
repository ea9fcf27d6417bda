package vigil.aws.lambda.lambda_function_runtime_supported_test

import data.vigil.aws.lambda.lambda_function_runtime_supported

# 2026-04-30T00:00:00Z
deprecation_day := 1777507200000000000

deny(attributes, now) := result if {
	result := lambda_function_runtime_supported.deny with input as {"resource": {
		"provider": "aws", "account_id": "111122223333", "region": "us-east-1", "service": "lambda",
		"type": "aws.lambda.function", "id": "fn", "uid": "arn:aws:lambda:us-east-1:111122223333:function:fn",
		"name": "fn", "tags": {}, "attributes": attributes,
	}} with data.vigil.now_ns as now
}

test_current_runtime_passes if {
	count(deny({"Runtime": "python3.13"}, deprecation_day)) == 0
}

test_long_deprecated_runtime_fails if {
	result := deny({"Runtime": "python3.8"}, deprecation_day)
	count(result) == 1
	some r in result
	r.evidence.deprecated_since == "2024-10-14"
}

test_deprecation_day_is_judged_by_scan_date if {
	count(deny({"Runtime": "nodejs20.x"}, deprecation_day - 1)) == 0
	count(deny({"Runtime": "nodejs20.x"}, deprecation_day)) == 1
}

test_container_image_passes if {
	count(deny({"PackageType": "Image"}, deprecation_day)) == 0
}

test_timestamp_constant_is_the_date if {
	time.parse_rfc3339_ns("2026-04-30T00:00:00Z") == deprecation_day
}
