package vigil.aws.elasticache.elasticache_replication_group_automatic_backups_test

import data.vigil.aws.elasticache.elasticache_replication_group_automatic_backups

clean := {"ReplicationGroupId": "sessions-cache", "Engine": "redis", "AtRestEncryptionEnabled": true, "TransitEncryptionEnabled": true, "SnapshotRetentionLimit": 7, "AutoMinorVersionUpgrade": true, "AuthTokenEnabled": true, "UserGroupIds": []}

resource(attributes) := {
	"provider": "aws", "account_id": "111122223333", "region": "us-east-1", "service": "elasticache",
	"type": "aws.elasticache.replication_group", "id": "sessions-cache", "uid": "arn:aws:elasticache:us-east-1:111122223333:replicationgroup:sessions-cache", "name": "sessions-cache", "tags": {},
	"attributes": attributes,
}

deny(attributes) := result if {
	result := elasticache_replication_group_automatic_backups.deny with input as {"resource": resource(attributes)}
}

test_seven_days_passes if {
	count(deny(object.union(clean, {}))) == 0
}

test_one_day_passes if {
	count(deny(object.union(clean, {"SnapshotRetentionLimit": 1}))) == 0
}

test_zero_fails if {
	result := deny(object.union(clean, {"SnapshotRetentionLimit": 0}))
	count(result) == 1
	some r in result
	r.evidence["SnapshotRetentionLimit"] == 0
}

test_absent_counts_as_off if {
	result := deny(object.remove(clean, ["SnapshotRetentionLimit"]))
	count(result) == 1
}
