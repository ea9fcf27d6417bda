package vigil.aws.organizations.organizations_security_services_delegated_admin_test

import data.vigil.aws.organizations.organizations_security_services_delegated_admin

resource(attributes) := {
	"provider": "aws", "account_id": "111122223333", "region": "global", "service": "organizations",
	"type": "aws.organizations.service_access", "id": attributes.ServicePrincipal,
	"uid": sprintf("arn:aws:organizations::111122223333:service-access/%s", [attributes.ServicePrincipal]),
	"name": attributes.ServicePrincipal, "tags": {}, "attributes": attributes,
}

deny(attributes) := result if {
	result := organizations_security_services_delegated_admin.deny with input as {"resource": resource(attributes)}
}

test_security_service_with_delegated_admin_passes if {
	count(deny({"ServicePrincipal": "guardduty.amazonaws.com", "DelegatedAdministrators": ["444455556666"]})) == 0
}

test_security_service_without_delegated_admin_fails if {
	result := deny({"ServicePrincipal": "securityhub.amazonaws.com", "DelegatedAdministrators": []})
	count(result) == 1
	some r in result
	r.msg == "securityhub.amazonaws.com has trusted access in the organization of management account 111122223333 but no delegated administrator"
}

test_service_without_delegated_admin_support_is_not_judged if {
	count(deny({"ServicePrincipal": "tagpolicies.tag.amazonaws.com", "DelegatedAdministrators": []})) == 0
	count(deny({"ServicePrincipal": "tagpolicies.tag.amazonaws.com"})) == 0
}

test_delegated_administrators_not_read_does_not_fail if {
	count(deny({"ServicePrincipal": "securityhub.amazonaws.com"})) == 0
	count(deny({"ServicePrincipal": "securityhub.amazonaws.com", "DelegatedAdministrators": null})) == 0
}
