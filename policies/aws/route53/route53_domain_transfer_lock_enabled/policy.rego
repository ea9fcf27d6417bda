# METADATA
# scope: package
# title: Route 53 domains are locked against transfer
# description: FAIL when Detail.StatusList (GetDomainDetail) does not contain clientTransferProhibited.
# custom:
#   id: route53_domain_transfer_lock_enabled
#   severity: high
#   resource_types:
#   - aws.route53domains.domain
#   risk: Without the registrar lock a domain can be transferred to another registrar with an authorization code
#     obtained by phishing or a compromised mailbox; whoever holds the domain controls its DNS, mail and certificates.
#   remediation:
#     text: Enable the transfer lock (clientTransferProhibited) on the domain.
#     cli: aws route53domains enable-domain-transfer-lock --region us-east-1 --domain-name <domain>
#     terraform: |
#       resource "aws_route53domains_registered_domain" "domain" {
#         domain_name   = "example.com"
#         transfer_lock = true
#       }
#     url: https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/domain-lock.html
#   categories:
#   - network
#   - governance
package vigil.aws.route53.route53_domain_transfer_lock_enabled

deny contains result if {
	statuses := object.get(input.resource.attributes.Detail, "StatusList", null)
	not locked(statuses)
	result := {
		"msg": sprintf("Domain %s is not locked against transfer (no clientTransferProhibited status)", [input.resource.id]),
		"evidence": {"StatusList": statuses},
	}
}

locked(statuses) if {
	is_array(statuses)
	"clientTransferProhibited" in statuses
}
