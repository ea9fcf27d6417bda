package vigil.aws.wafv2.wafv2_webacl_with_rules_test

import data.vigil.aws.wafv2.wafv2_webacl_with_rules

deny(acl) := result if {
	result := wafv2_webacl_with_rules.deny with input as {"resource": {
		"provider": "aws", "account_id": "111122223333", "region": "us-east-1", "service": "wafv2",
		"type": "aws.wafv2.web_acl", "id": "a1", "uid": "arn:aws:wafv2:us-east-1:111122223333:regional/webacl/app/a1",
		"name": "app", "tags": {}, "attributes": {"Name": "app", "Id": "a1", "WebACL": acl},
	}}
}

rule := {"Name": "common", "Priority": 0, "Statement": {"ManagedRuleGroupStatement": {"VendorName": "AWS", "Name": "AWSManagedRulesCommonRuleSet"}}}

test_rules_pass if {
	count(deny({"DefaultAction": {"Allow": {}}, "Rules": [rule]})) == 0
}

test_empty_allow_fails if {
	count(deny({"DefaultAction": {"Allow": {}}, "Rules": []})) == 1
}

test_missing_rules_with_allow_fails if {
	count(deny({"DefaultAction": {"Allow": {}}})) == 1
}

test_empty_block_passes if {
	count(deny({"DefaultAction": {"Block": {}}, "Rules": []})) == 0
}

test_unread_web_acl_is_not_judged if {
	result := wafv2_webacl_with_rules.deny with input as {"resource": {"type": "aws.wafv2.web_acl", "name": "app", "attributes": {"Name": "app"}}}
	count(result) == 0
}
