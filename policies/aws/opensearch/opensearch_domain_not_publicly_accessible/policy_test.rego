package vigil.aws.opensearch.opensearch_domain_not_publicly_accessible_test

import data.vigil.aws.opensearch.opensearch_domain_not_publicly_accessible

clean := {"DomainName": "search", "DomainStatus": {"DomainName": "search", "ARN": "arn:aws:es:us-east-1:111122223333:domain/search", "AccessPolicies": {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:root"}, "Action": "es:*", "Resource": "arn:aws:es:us-east-1:111122223333:domain/search/*"}]}, "VPCOptions": {"VPCId": "vpc-0abc", "SubnetIds": ["subnet-1"]}, "EncryptionAtRestOptions": {"Enabled": true, "KmsKeyId": "arn:aws:kms:us-east-1:111122223333:key/k"}, "NodeToNodeEncryptionOptions": {"Enabled": true}, "DomainEndpointOptions": {"EnforceHTTPS": true, "TLSSecurityPolicy": "Policy-Min-TLS-1-2-PFS-2023-10"}, "AdvancedSecurityOptions": {"Enabled": true, "InternalUserDatabaseEnabled": false}, "LogPublishingOptions": {"AUDIT_LOGS": {"Enabled": true, "CloudWatchLogsLogGroupArn": "arn:aws:logs:us-east-1:111122223333:log-group:audit"}}}}

resource(attributes) := {
	"provider": "aws", "account_id": "111122223333", "region": "us-east-1", "service": "es",
	"type": "aws.opensearch.domain", "id": "search", "uid": "arn:aws:es:us-east-1:111122223333:domain/search", "name": "search", "tags": {},
	"attributes": attributes,
}

deny(attributes) := result if {
	result := opensearch_domain_not_publicly_accessible.deny with input as {"resource": resource(attributes)}
}

test_vpc_domain_passes if {
	count(deny(object.union(clean, {}))) == 0
}

test_vpc_domain_with_open_policy_passes if {
	count(deny(object.union(clean, {"DomainStatus": {"DomainName": "search", "ARN": "arn:aws:es:us-east-1:111122223333:domain/search", "AccessPolicies": {"Statement": [{"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "es:*", "Resource": "arn:aws:es:us-east-1:111122223333:domain/search/*"}]}, "VPCOptions": {"VPCId": "vpc-0abc", "SubnetIds": ["subnet-1"]}, "EncryptionAtRestOptions": {"Enabled": true, "KmsKeyId": "arn:aws:kms:us-east-1:111122223333:key/k"}, "NodeToNodeEncryptionOptions": {"Enabled": true}, "DomainEndpointOptions": {"EnforceHTTPS": true, "TLSSecurityPolicy": "Policy-Min-TLS-1-2-PFS-2023-10"}, "AdvancedSecurityOptions": {"Enabled": true, "InternalUserDatabaseEnabled": false}, "LogPublishingOptions": {"AUDIT_LOGS": {"Enabled": true, "CloudWatchLogsLogGroupArn": "arn:aws:logs:us-east-1:111122223333:log-group:audit"}}}}))) == 0
}

test_public_endpoint_account_policy_passes if {
	count(deny({"DomainName": "search", "DomainStatus": {"DomainName": "search", "ARN": "arn:aws:es:us-east-1:111122223333:domain/search", "AccessPolicies": {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:root"}, "Action": "es:*", "Resource": "arn:aws:es:us-east-1:111122223333:domain/search/*"}]}, "EncryptionAtRestOptions": {"Enabled": true, "KmsKeyId": "arn:aws:kms:us-east-1:111122223333:key/k"}, "NodeToNodeEncryptionOptions": {"Enabled": true}, "DomainEndpointOptions": {"EnforceHTTPS": true, "TLSSecurityPolicy": "Policy-Min-TLS-1-2-PFS-2023-10"}, "AdvancedSecurityOptions": {"Enabled": true, "InternalUserDatabaseEnabled": false}, "LogPublishingOptions": {"AUDIT_LOGS": {"Enabled": true, "CloudWatchLogsLogGroupArn": "arn:aws:logs:us-east-1:111122223333:log-group:audit"}}}})) == 0
}

test_public_endpoint_ip_restricted_passes if {
	count(deny(object.union(clean, {"DomainStatus": {"DomainName": "search", "ARN": "arn:aws:es:us-east-1:111122223333:domain/search", "AccessPolicies": {"Statement": [{"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "es:*", "Resource": "arn:aws:es:us-east-1:111122223333:domain/search/*", "Condition": {"IpAddress": {"aws:SourceIp": ["203.0.113.0/24"]}}}]}, "VPCOptions": null, "EncryptionAtRestOptions": {"Enabled": true, "KmsKeyId": "arn:aws:kms:us-east-1:111122223333:key/k"}, "NodeToNodeEncryptionOptions": {"Enabled": true}, "DomainEndpointOptions": {"EnforceHTTPS": true, "TLSSecurityPolicy": "Policy-Min-TLS-1-2-PFS-2023-10"}, "AdvancedSecurityOptions": {"Enabled": true, "InternalUserDatabaseEnabled": false}, "LogPublishingOptions": {"AUDIT_LOGS": {"Enabled": true, "CloudWatchLogsLogGroupArn": "arn:aws:logs:us-east-1:111122223333:log-group:audit"}}}}))) == 0
}

test_public_endpoint_without_vpc_options_fails if {
	result := deny({"DomainName": "search", "DomainStatus": {"DomainName": "search", "ARN": "arn:aws:es:us-east-1:111122223333:domain/search", "AccessPolicies": {"Statement": [{"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "es:*", "Resource": "arn:aws:es:us-east-1:111122223333:domain/search/*"}]}, "EncryptionAtRestOptions": {"Enabled": true, "KmsKeyId": "arn:aws:kms:us-east-1:111122223333:key/k"}, "NodeToNodeEncryptionOptions": {"Enabled": true}, "DomainEndpointOptions": {"EnforceHTTPS": true, "TLSSecurityPolicy": "Policy-Min-TLS-1-2-PFS-2023-10"}, "AdvancedSecurityOptions": {"Enabled": true, "InternalUserDatabaseEnabled": false}, "LogPublishingOptions": {"AUDIT_LOGS": {"Enabled": true, "CloudWatchLogsLogGroupArn": "arn:aws:logs:us-east-1:111122223333:log-group:audit"}}}})
	count(result) == 1
}

test_public_endpoint_open_policy_fails if {
	result := deny(object.union(clean, {"DomainStatus": {"DomainName": "search", "ARN": "arn:aws:es:us-east-1:111122223333:domain/search", "AccessPolicies": {"Statement": [{"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "es:*", "Resource": "arn:aws:es:us-east-1:111122223333:domain/search/*"}]}, "VPCOptions": null, "EncryptionAtRestOptions": {"Enabled": true, "KmsKeyId": "arn:aws:kms:us-east-1:111122223333:key/k"}, "NodeToNodeEncryptionOptions": {"Enabled": true}, "DomainEndpointOptions": {"EnforceHTTPS": true, "TLSSecurityPolicy": "Policy-Min-TLS-1-2-PFS-2023-10"}, "AdvancedSecurityOptions": {"Enabled": true, "InternalUserDatabaseEnabled": false}, "LogPublishingOptions": {"AUDIT_LOGS": {"Enabled": true, "CloudWatchLogsLogGroupArn": "arn:aws:logs:us-east-1:111122223333:log-group:audit"}}}}))
	count(result) == 1
	some r in result
	r.evidence["attribute"] == "DomainStatus.AccessPolicies.Statement[0]"
}

test_not_collected_gives_no_finding if {
	count(deny(object.remove(clean, ["DomainStatus"]))) == 0
}
