# METADATA
# scope: package
# title: ECR repositories have a lifecycle policy
# description: FAIL when LifecyclePolicy is null (GetLifecyclePolicy answered LifecyclePolicyNotFoundException).
# custom:
#   id: ecr_repository_lifecycle_policy
#   severity: low
#   resource_types:
#   - aws.ecr.repository
#   risk: Without a lifecycle policy every pushed image is kept forever; storage cost grows without bound and old,
#     vulnerable images stay available to pull and deploy.
#   remediation:
#     text: Add a lifecycle policy that expires untagged images and keeps a bounded number of tagged ones.
#     cli: aws ecr put-lifecycle-policy --repository-name <repository> --lifecycle-policy-text file://lifecycle.json
#     terraform: |
#       resource "aws_ecr_lifecycle_policy" "repo" {
#         repository = aws_ecr_repository.repo.name
#         policy     = file("lifecycle.json")
#       }
#     url: https://docs.aws.amazon.com/AmazonECR/latest/userguide/LifecyclePolicies.html
#   categories:
#   - cost
#   - compute
package vigil.aws.ecr.ecr_repository_lifecycle_policy

deny contains result if {
	input.resource.attributes.LifecyclePolicy == null
	result := {
		"msg": sprintf("ECR repository %s has no lifecycle policy", [input.resource.id]),
		"evidence": {"LifecyclePolicy": null},
	}
}
