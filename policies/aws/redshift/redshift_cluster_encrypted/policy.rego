# METADATA
# scope: package
# title: Redshift clusters are encrypted at rest
# description: A Redshift cluster must have Encrypted true.
# custom:
#   id: redshift_cluster_encrypted
#   severity: medium
#   resource_types:
#   - aws.redshift.cluster
#   risk: An unencrypted cluster stores its data blocks, system metadata and snapshots in the clear.
#   remediation:
#     text: Turn on encryption with a KMS key (Redshift migrates the data to an encrypted cluster).
#     cli: aws redshift modify-cluster --cluster-identifier <cluster> --encrypted --kms-key-id <key-arn>
#     terraform: |
#       resource "aws_redshift_cluster" "dw" {
#         encrypted  = true
#         kms_key_id = aws_kms_key.redshift.arn
#       }
#     url: https://docs.aws.amazon.com/redshift/latest/mgmt/working-with-db-encryption.html
#   categories:
#   - encryption
#   - data-protection
package vigil.aws.redshift.redshift_cluster_encrypted

deny contains result if {
	input.resource.attributes.Encrypted == false
	result := {
		"msg": sprintf("Redshift cluster %s is not encrypted at rest", [input.resource.id]),
		"evidence": {"Encrypted": false},
	}
}
