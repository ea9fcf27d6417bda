# METADATA
# scope: package
# title: Security services integrated with the organization are run from a delegated administrator
# description: A service with trusted access in AWS Organizations whose ServicePrincipal is one of the security
#   services that support a delegated administrator (access-analyzer, auditmanager, cloudtrail, config,
#   config-multiaccountsetup, detective, fms, guardduty, iam, inspector2, macie, securityhub, securitylake, sso;
#   all .amazonaws.com) has no delegated administrator (ListDelegatedAdministrators with that ServicePrincipal
#   returns none). Other trusted services are not judged.
# custom:
#   id: organizations_security_services_delegated_admin
#   severity: medium
#   resource_types:
#   - aws.organizations.service_access
#   risk: Without a delegated administrator the security service is administered from the management account,
#     so the security team needs standing access to the one account no SCP restricts, and findings and
#     settings are not kept in a dedicated security tooling account.
#   remediation:
#     text: Register a security tooling account as the service's delegated administrator (through the service's
#       own console or API where it has one, e.g. GuardDuty's or Security Hub's "Delegated administrator").
#     cli: aws organizations register-delegated-administrator --account-id <security-account-id> --service-principal <service-principal>
#     terraform: |
#       resource "aws_organizations_delegated_administrator" "security" {
#         account_id        = var.security_account_id
#         service_principal = "securityhub.amazonaws.com"
#       }
#     url: https://docs.aws.amazon.com/organizations/latest/userguide/orgs_integrate_services_list.html
#   categories:
#   - governance
package vigil.aws.organizations.organizations_security_services_delegated_admin

delegatable_security_services := {
	"access-analyzer.amazonaws.com", "auditmanager.amazonaws.com", "cloudtrail.amazonaws.com",
	"config.amazonaws.com", "config-multiaccountsetup.amazonaws.com", "detective.amazonaws.com",
	"fms.amazonaws.com", "guardduty.amazonaws.com", "iam.amazonaws.com", "inspector2.amazonaws.com",
	"macie.amazonaws.com", "securityhub.amazonaws.com", "securitylake.amazonaws.com", "sso.amazonaws.com",
}

deny contains result if {
	input.resource.attributes.ServicePrincipal in delegatable_security_services
	admins := input.resource.attributes.DelegatedAdministrators
	is_array(admins)
	count(admins) == 0
	result := {
		"msg": sprintf("%s has trusted access in the organization of management account %s but no delegated administrator", [
			input.resource.attributes.ServicePrincipal,
			input.resource.account_id,
		]),
		"evidence": {"ServicePrincipal": input.resource.attributes.ServicePrincipal, "DelegatedAdministrators": admins},
	}
}
