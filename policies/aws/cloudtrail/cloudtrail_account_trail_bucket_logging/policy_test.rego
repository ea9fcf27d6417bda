package vigil.aws.cloudtrail.cloudtrail_account_trail_bucket_logging_test

import data.vigil.aws.cloudtrail.cloudtrail_account_trail_bucket_logging

trail(name, bucket) := {
	"provider": "aws", "account_id": "111122223333", "region": "us-east-1", "service": "cloudtrail",
	"type": "aws.cloudtrail.trail", "id": name, "uid": sprintf("arn:aws:cloudtrail:us-east-1:111122223333:trail/%s", [name]),
	"name": name, "tags": {}, "attributes": {"Name": name, "S3BucketName": bucket, "IsMultiRegionTrail": true},
}

bucket(name, logging) := {
	"provider": "aws", "account_id": "111122223333", "region": "us-east-1", "service": "s3",
	"type": "aws.s3.bucket", "id": name, "uid": sprintf("arn:aws:s3:::%s", [name]), "name": name, "tags": {},
	"attributes": {"Name": name, "Logging": logging},
}

account(status) := {
	"provider": "aws", "account_id": "111122223333", "region": "global", "type": "aws.account",
	"id": "111122223333", "uid": "arn:aws:organizations::999999999999:account/o-x/111122223333", "name": "prod",
	"tags": {}, "attributes": {"Name": "prod", "Status": status, "IsManagementAccount": false},
}

logged := {"LoggingEnabled": {"TargetBucket": "access-logs", "TargetPrefix": "ct/"}}

evaluate(status, trails, buckets) := result if {
	result := cloudtrail_account_trail_bucket_logging.deny with input as {
		"resource": account(status),
		"account_resources": {"aws.cloudtrail.trail": trails, "aws.s3.bucket": buckets},
	}
}

test_trail_bucket_with_logging_passes if {
	count(evaluate("ACTIVE", [trail("main", "ct-logs")], [bucket("ct-logs", logged)])) == 0
}

test_trail_bucket_without_logging_fails if {
	result := evaluate("ACTIVE", [trail("main", "ct-logs")], [bucket("ct-logs", {}), bucket("other", logged)])
	count(result) == 1
	some r in result
	r.evidence.S3BucketName == "ct-logs"
}

test_null_logging_enabled_fails if {
	count(evaluate("ACTIVE", [trail("main", "ct-logs")], [bucket("ct-logs", {"LoggingEnabled": null})])) == 1
}

test_unlogged_bucket_that_no_trail_uses_passes if {
	count(evaluate("ACTIVE", [trail("main", "ct-logs")], [bucket("ct-logs", logged), bucket("scratch", {})])) == 0
}

test_bucket_in_another_account_is_not_judged if {
	count(evaluate("ACTIVE", [trail("org", "central-archive")], [bucket("ct-logs", {})])) == 0
}

test_two_trails_on_one_bucket_give_two_reasons if {
	count(evaluate("ACTIVE", [trail("a", "ct-logs"), trail("b", "ct-logs")], [bucket("ct-logs", {})])) == 2
}

test_suspended_account_passes if {
	count(evaluate("SUSPENDED", [trail("main", "ct-logs")], [bucket("ct-logs", {})])) == 0
}

test_no_account_resources_pass if {
	count(cloudtrail_account_trail_bucket_logging.deny) == 0 with input as {"resource": account("ACTIVE")}
}
