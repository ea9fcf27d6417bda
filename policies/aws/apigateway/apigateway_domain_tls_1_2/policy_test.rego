package vigil.aws.apigateway.apigateway_domain_tls_1_2_test

import data.vigil.aws.apigateway.apigateway_domain_tls_1_2

domain(policy) := {
	"provider": "aws", "account_id": "111122223333", "region": "us-east-1", "service": "apigateway",
	"type": "aws.apigateway.domain_name", "id": "api.example.com", "uid": "arn:aws:apigateway:us-east-1::/domainnames/api.example.com",
	"name": "api.example.com", "tags": {}, "attributes": {"domainName": "api.example.com", "securityPolicy": policy},
}

findings(policy) := result if {
	result := apigateway_domain_tls_1_2.deny with input as {"resource": domain(policy)}
}

test_tls12_passes if {
	count(findings("TLS_1_2")) == 0
	count(findings("SecurityPolicy_TLS13_1_3_2025_09")) == 0
}

test_tls10_fails if {
	result := findings("TLS_1_0")
	count(result) == 1
	some r in result
	r.evidence.securityPolicy == "TLS_1_0"
}
