# METADATA
# scope: package
# title: Route 53 domains hide the registrant contact from WHOIS
# description: FAIL when Detail.RegistrantPrivacy (GetDomainDetail) is not true.
# custom:
#   id: route53_domain_privacy_protection_enabled
#   severity: low
#   resource_types:
#   - aws.route53domains.domain
#   risk: Without privacy protection the registrant's name, address, phone number and e-mail are published in WHOIS,
#     feeding phishing, social engineering against the registrar account and spam.
#   remediation:
#     text: Turn on privacy protection for the registrant contact (and the admin, tech and billing contacts).
#     cli: aws route53domains update-domain-contact-privacy --region us-east-1 --domain-name <domain>
#       --registrant-privacy --admin-privacy --tech-privacy
#     terraform: |
#       resource "aws_route53domains_registered_domain" "domain" {
#         domain_name        = "example.com"
#         registrant_privacy = true
#       }
#     url: https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/domain-privacy-protection.html
#   categories:
#   - data-protection
package vigil.aws.route53.route53_domain_privacy_protection_enabled

deny contains result if {
	detail := input.resource.attributes.Detail
	object.get(detail, "RegistrantPrivacy", null) != true
	result := {
		"msg": sprintf("Domain %s publishes its registrant contact (no privacy protection)", [input.resource.id]),
		"evidence": {"RegistrantPrivacy": object.get(detail, "RegistrantPrivacy", null)},
	}
}
