package vigil.aws.elasticache.elasticache_replication_group_encrypted_at_rest_test

import data.vigil.aws.elasticache.elasticache_replication_group_encrypted_at_rest

clean := {"ReplicationGroupId": "sessions-cache", "Engine": "redis", "AtRestEncryptionEnabled": true, "TransitEncryptionEnabled": true, "SnapshotRetentionLimit": 7, "AutoMinorVersionUpgrade": true, "AuthTokenEnabled": true, "UserGroupIds": []}

resource(attributes) := {
	"provider": "aws", "account_id": "111122223333", "region": "us-east-1", "service": "elasticache",
	"type": "aws.elasticache.replication_group", "id": "sessions-cache", "uid": "arn:aws:elasticache:us-east-1:111122223333:replicationgroup:sessions-cache", "name": "sessions-cache", "tags": {},
	"attributes": attributes,
}

deny(attributes) := result if {
	result := elasticache_replication_group_encrypted_at_rest.deny with input as {"resource": resource(attributes)}
}

test_encrypted_passes if {
	count(deny(object.union(clean, {}))) == 0
}

test_unencrypted_fails if {
	result := deny(object.union(clean, {"AtRestEncryptionEnabled": false}))
	count(result) == 1
	some r in result
	r.evidence["AtRestEncryptionEnabled"] == false
}

test_absent_attribute_gives_no_finding if {
	count(deny(object.remove(clean, ["AtRestEncryptionEnabled"]))) == 0
}
