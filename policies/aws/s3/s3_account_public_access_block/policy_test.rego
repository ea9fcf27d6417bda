package vigil.aws.s3.s3_account_public_access_block_test

import data.vigil.aws.s3.s3_account_public_access_block

all_true := {"BlockPublicAcls": true, "IgnorePublicAcls": true, "BlockPublicPolicy": true, "RestrictPublicBuckets": true}

subject(cfg) := {
	"provider": "aws", "account_id": "111122223333", "region": "global", "service": "s3", "type": "aws.s3.account",
	"id": "111122223333", "uid": "arn:aws:s3::111122223333:account", "name": "111122223333", "tags": {},
	"attributes": {"PublicAccessBlockConfiguration": cfg},
}

test_all_flags_true_passes if {
	count(s3_account_public_access_block.deny) == 0 with input as {"resource": subject(all_true)}
}

test_null_configuration_fails if {
	result := s3_account_public_access_block.deny with input as {"resource": subject(null)}
	count(result) == 1
	some r in result
	r.evidence.weak_flags == ["BlockPublicAcls", "IgnorePublicAcls", "BlockPublicPolicy", "RestrictPublicBuckets"]
}

test_each_false_flag_fails if {
	every flag in ["BlockPublicAcls", "IgnorePublicAcls", "BlockPublicPolicy", "RestrictPublicBuckets"] {
		result := s3_account_public_access_block.deny with input as {"resource": subject(object.union(all_true, {flag: false}))}
		count(result) == 1
		some r in result
		r.evidence.weak_flags == [flag]
	}
}

test_missing_flag_fails if {
	count(s3_account_public_access_block.deny) == 1 with input as {"resource": subject(object.remove(all_true, ["RestrictPublicBuckets"]))}
}

test_absent_configuration_is_a_gap if {
	s := subject(null)
	count(s3_account_public_access_block.deny) == 0 with input as {"resource": object.union(object.remove(s, ["attributes"]), {"attributes": {}})}
}
