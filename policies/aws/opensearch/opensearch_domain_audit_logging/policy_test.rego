package vigil.aws.opensearch.opensearch_domain_audit_logging_test

import data.vigil.aws.opensearch.opensearch_domain_audit_logging

clean := {"DomainName": "search", "DomainStatus": {"DomainName": "search", "ARN": "arn:aws:es:us-east-1:111122223333:domain/search", "AccessPolicies": {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:root"}, "Action": "es:*", "Resource": "arn:aws:es:us-east-1:111122223333:domain/search/*"}]}, "VPCOptions": {"VPCId": "vpc-0abc", "SubnetIds": ["subnet-1"]}, "EncryptionAtRestOptions": {"Enabled": true, "KmsKeyId": "arn:aws:kms:us-east-1:111122223333:key/k"}, "NodeToNodeEncryptionOptions": {"Enabled": true}, "DomainEndpointOptions": {"EnforceHTTPS": true, "TLSSecurityPolicy": "Policy-Min-TLS-1-2-PFS-2023-10"}, "AdvancedSecurityOptions": {"Enabled": true, "InternalUserDatabaseEnabled": false}, "LogPublishingOptions": {"AUDIT_LOGS": {"Enabled": true, "CloudWatchLogsLogGroupArn": "arn:aws:logs:us-east-1:111122223333:log-group:audit"}}}}

resource(attributes) := {
	"provider": "aws", "account_id": "111122223333", "region": "us-east-1", "service": "es",
	"type": "aws.opensearch.domain", "id": "search", "uid": "arn:aws:es:us-east-1:111122223333:domain/search", "name": "search", "tags": {},
	"attributes": attributes,
}

deny(attributes) := result if {
	result := opensearch_domain_audit_logging.deny with input as {"resource": resource(attributes)}
}

test_published_passes if {
	count(deny(object.union(clean, {}))) == 0
}

test_disabled_fails if {
	result := deny(object.union(clean, {"DomainStatus": {"DomainName": "search", "ARN": "arn:aws:es:us-east-1:111122223333:domain/search", "AccessPolicies": {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:root"}, "Action": "es:*", "Resource": "arn:aws:es:us-east-1:111122223333:domain/search/*"}]}, "VPCOptions": {"VPCId": "vpc-0abc", "SubnetIds": ["subnet-1"]}, "EncryptionAtRestOptions": {"Enabled": true, "KmsKeyId": "arn:aws:kms:us-east-1:111122223333:key/k"}, "NodeToNodeEncryptionOptions": {"Enabled": true}, "DomainEndpointOptions": {"EnforceHTTPS": true, "TLSSecurityPolicy": "Policy-Min-TLS-1-2-PFS-2023-10"}, "AdvancedSecurityOptions": {"Enabled": true, "InternalUserDatabaseEnabled": false}, "LogPublishingOptions": {"AUDIT_LOGS": {"Enabled": false}}}}))
	count(result) == 1
}

test_only_slow_logs_fails if {
	result := deny({"DomainStatus": {"DomainName": "search", "ARN": "arn:aws:es:us-east-1:111122223333:domain/search", "AccessPolicies": {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:root"}, "Action": "es:*", "Resource": "arn:aws:es:us-east-1:111122223333:domain/search/*"}]}, "VPCOptions": {"VPCId": "vpc-0abc", "SubnetIds": ["subnet-1"]}, "EncryptionAtRestOptions": {"Enabled": true, "KmsKeyId": "arn:aws:kms:us-east-1:111122223333:key/k"}, "NodeToNodeEncryptionOptions": {"Enabled": true}, "DomainEndpointOptions": {"EnforceHTTPS": true, "TLSSecurityPolicy": "Policy-Min-TLS-1-2-PFS-2023-10"}, "AdvancedSecurityOptions": {"Enabled": true, "InternalUserDatabaseEnabled": false}, "LogPublishingOptions": {"SEARCH_SLOW_LOGS": {"Enabled": true}}}})
	count(result) == 1
	some r in result
	r.evidence["DomainStatus.LogPublishingOptions.AUDIT_LOGS"] == null
}

test_not_collected_gives_no_finding if {
	count(deny(object.remove(clean, ["DomainStatus"]))) == 0
}
