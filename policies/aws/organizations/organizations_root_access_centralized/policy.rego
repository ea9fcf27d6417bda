# METADATA
# scope: package
# title: Root access of member accounts is managed centrally
# description: In the management account, AWS Organizations lists iam.amazonaws.com among the services with
#   trusted access (ListAWSServiceAccessForOrganization) and IAM ListOrganizationsFeatures returns both
#   RootCredentialsManagement and RootSessions (an empty list when IAM has no trusted access).
# custom:
#   id: organizations_root_access_centralized
#   severity: medium
#   resource_types:
#   - aws.organizations.governance
#   risk: Every member account keeps its own root user with a password, access keys or MFA devices that somebody
#     must guard; a forgotten root credential gives unrestricted control of the account, beyond any SCP-free
#     recovery path, and there is no central way to run the few root-only tasks without it.
#   remediation:
#     text: Enable trusted access for IAM in AWS Organizations, then enable root credentials management and
#       privileged root actions (root sessions) in the IAM console or with the CLI, and delete the member
#       accounts' root credentials.
#     cli: |-
#       aws organizations enable-aws-service-access --service-principal iam.amazonaws.com
#       aws iam enable-organizations-root-credentials-management
#       aws iam enable-organizations-root-sessions
#     terraform: |
#       resource "aws_iam_organizations_features" "root" {
#         enabled_features = ["RootCredentialsManagement", "RootSessions"]
#       }
#     url: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user.html#id_root-user-access-management
#   categories:
#   - identity
#   - governance
package vigil.aws.organizations.organizations_root_access_centralized

required_features := ["RootCredentialsManagement", "RootSessions"]

missing contains "trusted access for iam.amazonaws.com" if {
	is_array(input.resource.attributes.TrustedServices)
	not "iam.amazonaws.com" in input.resource.attributes.TrustedServices
}

missing contains feature if {
	is_array(input.resource.attributes.RootAccessFeatures)
	some feature in required_features
	not feature in input.resource.attributes.RootAccessFeatures
}

deny contains result if {
	count(missing) > 0
	result := {
		"msg": sprintf("Organization of management account %s does not manage root access centrally: missing %s", [
			input.resource.account_id,
			concat(", ", sort([m | some m in missing])),
		]),
		"evidence": {
			"RootAccessFeatures": input.resource.attributes.RootAccessFeatures,
			"TrustedServices": input.resource.attributes.TrustedServices,
		},
	}
}
