# METADATA
# scope: package
# title: S3 bucket policies do not allow any principal
# description: A bucket policy must not have an Allow statement for Principal "*" (or AWS "*") without a
#   Condition.
# custom:
#   id: s3_bucket_policy_not_public
#   severity: critical
#   resource_types:
#   - aws.s3.bucket
#   risk: 'An unconditional "*" principal grants the statement''s actions to everyone on the internet: objects
#     can be read, listed or overwritten anonymously.'
#   remediation:
#     text: Remove the public statement or restrict it with conditions (aws:PrincipalOrgID, aws:SourceVpce);
#       serve public content through CloudFront with origin access control.
#     cli: |-
#       aws s3api put-bucket-policy --bucket <bucket> --policy file://policy.json
#       aws s3api delete-bucket-policy --bucket <bucket>
#     terraform: |
#       resource "aws_s3_bucket_policy" "this" {
#         bucket = aws_s3_bucket.this.id
#         policy = data.aws_iam_policy_document.bucket.json # no unconditional "*" principals
#       }
#     url: https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-policy-language-overview.html
#   categories:
#   - public-exposure
#   - data-protection
package vigil.aws.s3.s3_bucket_policy_not_public

import data.vigil.lib.aws.iam

deny contains result if {
	some i, statement in iam.statements(input.resource.attributes.Policy)
	iam.public_allow(statement)
	result := {
		"msg": sprintf("S3 bucket %s policy allows any principal (statement %d, no Condition)", [input.resource.id, i]),
		"evidence": {"attribute": sprintf("Policy.Statement[%d]", [i]), "value": statement},
	}
}
