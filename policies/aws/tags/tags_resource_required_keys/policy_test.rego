package vigil.aws.tags.tags_resource_required_keys_test

import data.vigil.aws.tags.tags_resource_required_keys

resource(tags) := {
	"provider": "aws", "account_id": "111122223333", "region": "eu-west-1", "service": "ec2", "type": "aws.ec2.instance",
	"id": "i-1", "uid": "arn:aws:ec2:eu-west-1:111122223333:instance/i-1", "name": "i-1", "tags": tags, "attributes": {},
}

clean := {"app": "payments", "env": "prod", "team": "core", "cost-center": "cc-1"}

test_all_tags_pass if {
	count(tags_resource_required_keys.deny) == 0 with input as {"resource": resource(clean)}
}

test_missing_tag_fails if {
	result := tags_resource_required_keys.deny with input as {"resource": resource(object.remove(clean, ["team"]))}
	count(result) == 1
	some r in result
	r.evidence.tag == "team"
	r.evidence.value == null
}

test_empty_tag_fails if {
	count(tags_resource_required_keys.deny) == 1 with input as {"resource": resource(object.union(clean, {"app": ""}))}
}

test_disallowed_value_fails if {
	result := tags_resource_required_keys.deny with input as {"resource": resource(object.union(clean, {"env": "production"}))}
	count(result) == 1
	some r in result
	r.evidence.value == "production"
}

test_untagged_resource_fails_once_per_key if {
	count(tags_resource_required_keys.deny) == 4 with input as {"resource": resource({})}
}

test_config_overrides_defaults if {
	config := {"required_tags": {"owner": ["alice", "bob"]}}
	count(tags_resource_required_keys.deny) == 0 with input as {"resource": resource({"owner": "bob"})} with data.vigil.config as config
	count(tags_resource_required_keys.deny) == 1 with input as {"resource": resource(clean)} with data.vigil.config as config
	count(tags_resource_required_keys.deny) == 1 with input as {"resource": resource({"owner": "carol"})} with data.vigil.config as config
}

test_config_without_key_uses_default if {
	count(tags_resource_required_keys.deny) == 0 with input as {"resource": resource(clean)} with data.vigil.config as {"owner_tag": "owner"}
	count(tags_resource_required_keys.deny) == 1 with input as {"resource": resource(object.remove(clean, ["app"]))} with data.vigil.config as {"owner_tag": "owner"}
}
