# METADATA
# scope: package
# title: Public sharing of Systems Manager documents is blocked
# description: FAIL when the service setting /ssm/documents/console/public-sharing-permission (GetServiceSetting) has
#   a SettingValue other than "Disable" in the region ("Enable" is AWS's default).
# custom:
#   id: ssm_documents_public_sharing_blocked
#   severity: medium
#   resource_types:
#   - aws.ssm.service_setting
#   risk: While public sharing is allowed, one console click or API call by anyone allowed to modify document
#     permissions publishes a document - and what it reveals - to every AWS account.
#   remediation:
#     text: Turn on "Block public sharing" for SSM documents in every region.
#     cli: aws ssm update-service-setting --setting-id /ssm/documents/console/public-sharing-permission --setting-value Disable
#     terraform: |
#       resource "aws_ssm_service_setting" "block_public_sharing" {
#         setting_id    = "/ssm/documents/console/public-sharing-permission"
#         setting_value = "Disable"
#       }
#     url: https://docs.aws.amazon.com/systems-manager/latest/userguide/documents-ssm-sharing.html#block-public-access
#   categories:
#   - public-exposure
#   - governance
package vigil.aws.ssm.ssm_documents_public_sharing_blocked

setting_id := "/ssm/documents/console/public-sharing-permission"

deny contains result if {
	input.resource.attributes.SettingId == setting_id
	value := object.get(input.resource.attributes, "SettingValue", null)
	value != "Disable"
	result := {
		"msg": sprintf("Public sharing of Systems Manager documents is not blocked in %s (SettingValue %v)", [input.resource.region, value]),
		"evidence": {"SettingId": setting_id, "SettingValue": value},
	}
}
