# METADATA
# scope: package
# title: Security Hub is enabled in every region
# description: Each enabled region must be subscribed to AWS Security Hub (DescribeHub answers with a hub;
#   InvalidAccessException means not subscribed).
# custom:
#   id: securityhub_enabled
#   severity: medium
#   resource_types:
#   - aws.securitybaseline.region
#   risk: Without Security Hub the region has no continuous evaluation against the security standards and no
#     one place where GuardDuty, Inspector, Macie and Config findings are gathered and routed.
#   remediation:
#     text: Enable Security Hub in every enabled region (central configuration from the delegated administrator
#       covers the organization).
#     cli: aws securityhub enable-security-hub --enable-default-standards --region <region>
#     terraform: |
#       resource "aws_securityhub_account" "this" {}
#     url: https://docs.aws.amazon.com/securityhub/latest/userguide/securityhub-settingup.html
#   categories:
#   - logging
#   - governance
package vigil.aws.securityhub.securityhub_enabled

deny contains result if {
	input.resource.attributes.SecurityHub == null
	result := {
		"msg": sprintf("Security Hub is not enabled in region %s", [input.resource.id]),
		"evidence": {"SecurityHub": null},
	}
}
