# METADATA
# scope: package
# title: EFS file systems have a policy that does not allow anonymous or public access
# description: An EFS file system must have a file system policy (null, PolicyNotFound, means none), and no
#   statement of it may Allow Principal "*" or {"AWS":"*"} without a Condition.
# custom:
#   id: efs_file_system_policy_not_public
#   severity: high
#   resource_types:
#   - aws.efs.file_system
#   risk: Without a file system policy, or with one that allows any principal unconditionally, every NFS client
#     that reaches a mount target mounts the file system with full access, root included, without IAM
#     authorization.
#   remediation:
#     text: Attach a file system policy that grants ClientMount/ClientWrite only to named principals or only
#       through mount targets (elasticfilesystem:AccessedViaMountTarget) and denies non-TLS access.
#     cli: aws efs put-file-system-policy --file-system-id <fs-id> --policy file://efs-policy.json
#     terraform: |
#       resource "aws_efs_file_system_policy" "fs" {
#         file_system_id = aws_efs_file_system.fs.id
#         policy         = data.aws_iam_policy_document.efs.json
#       }
#     url: https://docs.aws.amazon.com/efs/latest/ug/iam-access-control-nfs-efs.html
#   categories:
#   - public-exposure
#   - identity
package vigil.aws.efs.efs_file_system_policy_not_public

import data.vigil.lib.aws.iam

deny contains result if {
	input.resource.attributes.Policy == null
	result := {
		"msg": sprintf("EFS file system %s has no file system policy: any NFS client that reaches a mount target has full access", [input.resource.id]),
		"evidence": {"Policy": null},
	}
}

deny contains result if {
	some i, statement in iam.statements(input.resource.attributes.Policy)
	iam.public_allow(statement)
	result := {
		"msg": sprintf("EFS file system %s policy allows any principal (statement %d, no Condition)", [input.resource.id, i]),
		"evidence": {"attribute": sprintf("Policy.Statement[%d]", [i]), "value": statement},
	}
}
