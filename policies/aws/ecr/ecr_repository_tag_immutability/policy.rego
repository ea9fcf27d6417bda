# METADATA
# scope: package
# title: ECR repositories have immutable image tags
# description: FAIL when imageTagMutability is MUTABLE or MUTABLE_WITH_EXCLUSION (IMMUTABLE and
#   IMMUTABLE_WITH_EXCLUSION pass).
# custom:
#   id: ecr_repository_tag_immutability
#   severity: medium
#   resource_types:
#   - aws.ecr.repository
#   risk: A mutable tag such as v1.4 or prod can be overwritten by a later push, so what a tag deploys changes
#     without a trace; a poisoned image can replace a reviewed one under the same name.
#   remediation:
#     text: Set the repository's tag mutability to IMMUTABLE and deploy by tag or digest.
#     cli: aws ecr put-image-tag-mutability --repository-name <repository> --image-tag-mutability IMMUTABLE
#     terraform: |
#       resource "aws_ecr_repository" "repo" {
#         image_tag_mutability = "IMMUTABLE"
#       }
#     url: https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-tag-mutability.html
#   categories:
#   - compute
package vigil.aws.ecr.ecr_repository_tag_immutability

deny contains result if {
	input.resource.attributes.imageTagMutability in {"MUTABLE", "MUTABLE_WITH_EXCLUSION"}
	result := {
		"msg": sprintf("ECR repository %s has mutable image tags (%s)", [input.resource.id, input.resource.attributes.imageTagMutability]),
		"evidence": {"imageTagMutability": input.resource.attributes.imageTagMutability},
	}
}
