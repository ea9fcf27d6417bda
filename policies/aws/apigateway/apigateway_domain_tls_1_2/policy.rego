# METADATA
# scope: package
# title: API Gateway custom domain names refuse TLS 1.0 and 1.1
# description: securityPolicy must not be TLS_1_0 (the policy that also accepts TLS 1.0 and 1.1).
# custom:
#   id: apigateway_domain_tls_1_2
#   severity: medium
#   resource_types:
#   - aws.apigateway.domain_name
#   risk: TLS 1.0 and 1.1 have known weaknesses (BEAST, weak CBC ciphers) and are disallowed by PCI DSS; clients can
#     be downgraded to them and their API calls attacked.
#   remediation:
#     text: Set the domain name's security policy to TLS_1_2 (or a newer enhanced policy).
#     cli: aws apigateway update-domain-name --domain-name <domain> --patch-operations
#       op=replace,path=/securityPolicy,value=TLS_1_2
#     terraform: |
#       resource "aws_api_gateway_domain_name" "api" {
#         security_policy = "TLS_1_2"
#       }
#     url: https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-custom-domain-tls-version.html
#   categories:
#   - encryption
package vigil.aws.apigateway.apigateway_domain_tls_1_2

deny contains result if {
	input.resource.attributes.securityPolicy == "TLS_1_0"
	result := {
		"msg": sprintf("API Gateway custom domain %s accepts TLS 1.0 and 1.1 (securityPolicy TLS_1_0)", [input.resource.id]),
		"evidence": {"securityPolicy": input.resource.attributes.securityPolicy},
	}
}
