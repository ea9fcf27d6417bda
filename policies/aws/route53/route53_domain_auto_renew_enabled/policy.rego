# METADATA
# scope: package
# title: Route 53 domains renew automatically
# description: FAIL when AutoRenew (ListDomains) is not true.
# custom:
#   id: route53_domain_auto_renew_enabled
#   severity: medium
#   resource_types:
#   - aws.route53domains.domain
#   risk: A domain that is not renewed expires; its websites, APIs and mail stop resolving, and after the grace
#     period anyone can register it and receive the traffic and mail meant for the organization.
#   remediation:
#     text: Enable automatic renewal for the domain.
#     cli: aws route53domains enable-domain-auto-renew --region us-east-1 --domain-name <domain>
#     terraform: |
#       resource "aws_route53domains_registered_domain" "domain" {
#         domain_name = "example.com"
#         auto_renew  = true
#       }
#     url: https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/domain-enable-disable-auto-renewal.html
#   categories:
#   - governance
package vigil.aws.route53.route53_domain_auto_renew_enabled

deny contains result if {
	input.resource.attributes.AutoRenew != true
	result := {
		"msg": sprintf("Domain %s does not renew automatically", [input.resource.id]),
		"evidence": {"AutoRenew": input.resource.attributes.AutoRenew},
	}
}
