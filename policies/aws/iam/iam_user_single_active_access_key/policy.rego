# METADATA
# scope: package
# title: IAM users have at most one active access key
# description: An IAM user must not have both access_key_1 and access_key_2 active at the same time.
# custom:
#   id: iam_user_single_active_access_key
#   severity: low
#   resource_types:
#   - aws.iam.user
#   risk: 'Two active keys usually mean a rotation that was never finished: the old key stays valid and
#     doubles the exposure.'
#   remediation:
#     text: 'Finish the rotation: find the key the workload no longer uses and deactivate, then delete it.'
#     cli: |-
#       aws iam list-access-keys --user-name <user>
#       aws iam update-access-key --user-name <user> --access-key-id <old-key-id> --status Inactive
#     terraform: '# Keep a single aws_iam_access_key resource per user.'
#     url: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html
#   categories:
#   - identity
package vigil.aws.iam.iam_user_single_active_access_key

deny contains result if {
	report := input.resource.attributes.CredentialReport
	report.access_key_1_active == "true"
	report.access_key_2_active == "true"
	result := {
		"msg": sprintf("IAM user %s has two active access keys", [input.resource.id]),
		"evidence": {"CredentialReport.access_key_1_active": "true", "CredentialReport.access_key_2_active": "true"},
	}
}
