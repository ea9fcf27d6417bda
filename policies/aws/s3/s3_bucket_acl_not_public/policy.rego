# METADATA
# scope: package
# title: S3 bucket ACLs do not grant access to all or authenticated users
# description: No grant of a bucket's ACL may name the AllUsers or AuthenticatedUsers group (http://acs.amazonaws.com/groups/global/...).
# custom:
#   id: s3_bucket_acl_not_public
#   severity: critical
#   resource_types:
#   - aws.s3.bucket
#   risk: AllUsers grants anonymous access; AuthenticatedUsers grants access to anyone with any AWS account.
#     Either publishes the bucket.
#   remediation:
#     text: Remove the group grants, set Object Ownership to BucketOwnerEnforced (which disables ACLs) and
#       keep Block Public Access on.
#     cli: aws s3api put-bucket-ownership-controls --bucket <bucket> --ownership-controls 'Rules=[{ObjectOwnership=BucketOwnerEnforced}]'
#     terraform: |
#       resource "aws_s3_bucket_ownership_controls" "this" {
#         bucket = aws_s3_bucket.this.id
#         rule {
#           object_ownership = "BucketOwnerEnforced"
#         }
#       }
#     url: https://docs.aws.amazon.com/AmazonS3/latest/userguide/about-object-ownership.html
#   categories:
#   - public-exposure
#   - data-protection
package vigil.aws.s3.s3_bucket_acl_not_public

import data.vigil.lib.aws.util

public_groups := {
	"http://acs.amazonaws.com/groups/global/AllUsers",
	"http://acs.amazonaws.com/groups/global/AuthenticatedUsers",
}

deny contains result if {
	some i, grant in util.array_or_empty(util.get(util.get(input.resource.attributes, "Acl", {}), "Grants", []))
	grant.Grantee.URI in public_groups
	result := {
		"msg": sprintf("S3 bucket %s ACL grants %s to %s", [input.resource.id, object.get(grant, "Permission", "?"), grant.Grantee.URI]),
		"evidence": {"attribute": sprintf("Acl.Grants[%d]", [i]), "value": grant},
	}
}
