package vigil.aws.route53.route53_public_hosted_zone_query_logging_test

import data.vigil.aws.route53.route53_public_hosted_zone_query_logging

deny(attributes) := result if {
	result := route53_public_hosted_zone_query_logging.deny with input as {"resource": {
		"provider": "aws", "account_id": "111122223333", "region": "global", "service": "route53",
		"type": "aws.route53.hosted_zone", "id": "/hostedzone/Z1", "uid": "arn:aws:route53:::hostedzone/Z1",
		"name": "example.com.", "tags": {}, "attributes": object.union({"Id": "/hostedzone/Z1", "Name": "example.com."}, attributes),
	}}
}

config := {"Id": "q1", "HostedZoneId": "Z1", "CloudWatchLogsLogGroupArn": "arn:aws:logs:us-east-1:111122223333:log-group:/aws/route53/example.com"}

test_logged_public_zone_passes if {
	count(deny({"Config": {"PrivateZone": false}, "QueryLoggingConfigs": [config]})) == 0
}

test_unlogged_public_zone_fails if {
	count(deny({"Config": {"PrivateZone": false}, "QueryLoggingConfigs": []})) == 1
	count(deny({"Config": {"PrivateZone": false}, "QueryLoggingConfigs": null})) == 1
}

test_private_zone_is_not_judged if {
	count(deny({"Config": {"PrivateZone": true}, "QueryLoggingConfigs": null})) == 0
}

test_unread_configs_are_not_judged if {
	count(deny({"Config": {"PrivateZone": false}})) == 0
}
