# METADATA
# scope: package
# title: S3 bucket policies deny requests over plain HTTP
# description: A bucket policy must contain a Deny statement with the condition Bool aws:SecureTransport
#   "false"; a bucket without a policy fails.
# custom:
#   id: s3_bucket_secure_transport
#   severity: medium
#   resource_types:
#   - aws.s3.bucket
#   risk: Without the deny, clients may send and receive objects over unencrypted HTTP where they can be
#     read or altered in transit.
#   remediation:
#     text: Add a statement denying s3:* on the bucket and its objects when aws:SecureTransport is false.
#     cli: aws s3api put-bucket-policy --bucket <bucket> --policy file://deny-insecure-transport.json
#     terraform: |
#       data "aws_iam_policy_document" "tls_only" {
#         statement {
#           effect    = "Deny"
#           actions   = ["s3:*"]
#           resources = [aws_s3_bucket.this.arn, "${aws_s3_bucket.this.arn}/*"]
#           principals {
#             type        = "*"
#             identifiers = ["*"]
#           }
#           condition {
#             test     = "Bool"
#             variable = "aws:SecureTransport"
#             values   = ["false"]
#           }
#         }
#       }
#     url: https://docs.aws.amazon.com/AmazonS3/latest/userguide/security-best-practices.html#transit
#   categories:
#   - encryption
#   - data-protection
package vigil.aws.s3.s3_bucket_secure_transport

import data.vigil.lib.aws.iam
import data.vigil.lib.aws.util

deny contains result if {
	attrs := input.resource.attributes
	util.has_key(attrs, "Policy")
	not denies_insecure_transport(attrs.Policy)
	result := {
		"msg": sprintf("S3 bucket %s policy does not deny requests without TLS (aws:SecureTransport false)", [input.resource.id]),
		"evidence": {"Policy": attrs.Policy},
	}
}

denies_insecure_transport(policy) if {
	some statement in iam.statements(policy)
	statement.Effect == "Deny"
	some key, value in statement.Condition.Bool
	lower(key) == "aws:securetransport"
	"false" in util.as_list(value)
}
