# METADATA
# scope: package
# title: Root user has no access keys
# description: The AWS account root user must not have access keys (GetAccountSummary AccountAccessKeysPresent
#   = 0).
# custom:
#   id: iam_root_access_keys_absent
#   severity: critical
#   resource_types:
#   - aws.iam.account
#   risk: Root access keys give long-lived, unrestricted programmatic access to the account; they cannot
#     be limited by IAM policies or SCPs in the management account and are a prime target when leaked.
#   remediation:
#     text: Sign in as the root user, open Security credentials and delete every access key. Use IAM roles
#       for programmatic access instead.
#     cli: |-
#       # As the root user only:
#       aws iam list-access-keys
#       aws iam delete-access-key --access-key-id <key-id>
#     terraform: '# Root access keys cannot be managed with Terraform; delete them as the root user.'
#     url: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user_manage_delete-key.html
#   categories:
#   - identity
package vigil.aws.iam.iam_root_access_keys_absent

deny contains result if {
	summary := input.resource.attributes.SummaryMap
	summary.AccountAccessKeysPresent != 0
	result := {
		"msg": sprintf("Root user of account %s has access keys (SummaryMap.AccountAccessKeysPresent = %v)", [input.resource.id, summary.AccountAccessKeysPresent]),
		"evidence": {"SummaryMap.AccountAccessKeysPresent": summary.AccountAccessKeysPresent},
	}
}
