package vigil.aws.elasticache.elasticache_replication_group_auth_enabled_test

import data.vigil.aws.elasticache.elasticache_replication_group_auth_enabled

clean := {"ReplicationGroupId": "sessions-cache", "Engine": "redis", "AtRestEncryptionEnabled": true, "TransitEncryptionEnabled": true, "SnapshotRetentionLimit": 7, "AutoMinorVersionUpgrade": true, "AuthTokenEnabled": true, "UserGroupIds": []}

resource(attributes) := {
	"provider": "aws", "account_id": "111122223333", "region": "us-east-1", "service": "elasticache",
	"type": "aws.elasticache.replication_group", "id": "sessions-cache", "uid": "arn:aws:elasticache:us-east-1:111122223333:replicationgroup:sessions-cache", "name": "sessions-cache", "tags": {},
	"attributes": attributes,
}

deny(attributes) := result if {
	result := elasticache_replication_group_auth_enabled.deny with input as {"resource": resource(attributes)}
}

test_auth_token_passes if {
	count(deny(object.union(clean, {}))) == 0
}

test_rbac_user_group_passes if {
	count(deny(object.union(clean, {"AuthTokenEnabled": false, "UserGroupIds": ["app-users"]}))) == 0
}

test_neither_fails if {
	result := deny(object.union(clean, {"AuthTokenEnabled": false, "UserGroupIds": []}))
	count(result) == 1
	some r in result
	r.evidence["AuthTokenEnabled"] == false
}

test_absent_token_and_groups_fails if {
	result := deny(object.remove(clean, ["AuthTokenEnabled", "UserGroupIds"]))
	count(result) == 1
}
