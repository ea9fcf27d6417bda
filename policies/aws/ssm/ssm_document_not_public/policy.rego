# METADATA
# scope: package
# title: Systems Manager documents the account owns are not shared publicly
# description: FAIL when Permission.AccountIds (DescribeDocumentPermission, PermissionType Share) of a document
#   listed with Owner=Self contains "all".
# custom:
#   id: ssm_document_not_public
#   severity: high
#   resource_types:
#   - aws.ssm.document
#   risk: Anyone with an AWS account can read and run a public document; its commands and parameters often reveal
#     internal hosts, scripts, bucket names and sometimes credentials.
#   remediation:
#     text: Stop sharing the document with all accounts (share it with named accounts instead), then turn on
#       the block-public-sharing setting.
#     cli: aws ssm modify-document-permission --name <document> --permission-type Share --account-ids-to-remove All
#     terraform: |
#       resource "aws_ssm_document" "this" {
#         name          = "app-patching"
#         document_type = "Command"
#         content       = file("app-patching.json")
#         permissions = {
#           type        = "Share"
#           account_ids = "111122223333"
#         }
#       }
#     url: https://docs.aws.amazon.com/systems-manager/latest/userguide/documents-ssm-sharing.html
#   categories:
#   - public-exposure
package vigil.aws.ssm.ssm_document_not_public

deny contains result if {
	ids := input.resource.attributes.Permission.AccountIds
	is_array(ids)
	some id in ids
	lower(id) == "all"
	result := {
		"msg": sprintf("Systems Manager document %s is shared with all AWS accounts", [input.resource.id]),
		"evidence": {"Permission.AccountIds": ids},
	}
}
