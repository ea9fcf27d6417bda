package vigil.aws.wafv2.wafv2_webacl_logging_enabled_test

import data.vigil.aws.wafv2.wafv2_webacl_logging_enabled

deny(attributes) := result if {
	result := wafv2_webacl_logging_enabled.deny with input as {"resource": {
		"provider": "aws", "account_id": "111122223333", "region": "us-east-1", "service": "wafv2",
		"type": "aws.wafv2.web_acl", "id": "a1", "uid": "arn:aws:wafv2:us-east-1:111122223333:regional/webacl/app/a1",
		"name": "app", "tags": {}, "attributes": object.union({"Name": "app", "Id": "a1"}, attributes),
	}}
}

test_logged_passes if {
	count(deny({"LoggingConfiguration": {"LogDestinationConfigs": ["arn:aws:firehose:us-east-1:111122223333:deliverystream/aws-waf-logs-app"]}})) == 0
}

test_no_logging_configuration_fails if {
	count(deny({"LoggingConfiguration": null})) == 1
}

test_empty_destinations_fail if {
	count(deny({"LoggingConfiguration": {"LogDestinationConfigs": []}})) == 1
	count(deny({"LoggingConfiguration": {"ResourceArn": "x"}})) == 1
}

test_unread_logging_configuration_is_not_judged if {
	count(deny({})) == 0
}
