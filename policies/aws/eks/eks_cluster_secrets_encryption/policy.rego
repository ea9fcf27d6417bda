# METADATA
# scope: package
# title: EKS clusters encrypt Kubernetes secrets with a KMS key
# description: FAIL when no entry of encryptionConfig has "secrets" in resources and a non-empty
#   provider.keyArn.
# custom:
#   id: eks_cluster_secrets_encryption
#   severity: medium
#   resource_types:
#   - aws.eks.cluster
#   risk: Kubernetes secrets sit in etcd protected only by the default encryption; with envelope encryption a
#     customer-managed key, its policy and its CloudTrail record stand between a copy of etcd and the secrets.
#   remediation:
#     text: Associate a KMS key for secrets encryption with the cluster (it cannot be removed afterwards).
#     cli: aws eks associate-encryption-config --cluster-name <cluster> --encryption-config
#       '[{"resources":["secrets"],"provider":{"keyArn":"<key-arn>"}}]'
#     terraform: |
#       resource "aws_eks_cluster" "this" {
#         encryption_config {
#           resources = ["secrets"]
#           provider { key_arn = aws_kms_key.eks.arn }
#         }
#       }
#     url: https://docs.aws.amazon.com/eks/latest/userguide/envelope-encryption.html
#   categories:
#   - encryption
#   - compute
package vigil.aws.eks.eks_cluster_secrets_encryption

import data.vigil.lib.aws.util

encrypted if {
	some entry in util.array_or_empty(input.resource.attributes.encryptionConfig)
	"secrets" in util.array_or_empty(entry.resources)
	util.non_empty(entry.provider.keyArn)
}

deny contains result if {
	_ = input.resource.attributes.name
	not encrypted
	result := {
		"msg": sprintf("EKS cluster %s does not encrypt Kubernetes secrets with a KMS key", [input.resource.id]),
		"evidence": {"encryptionConfig": object.get(input.resource.attributes, "encryptionConfig", null)},
	}
}
