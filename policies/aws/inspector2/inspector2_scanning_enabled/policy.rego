# METADATA
# scope: package
# title: Amazon Inspector scans EC2, ECR and Lambda in every region
# description: In every enabled region, Amazon Inspector's account status (BatchGetAccountStatus) must show
#   resourceState.ec2, resourceState.ecr and resourceState.lambda with status ENABLED; each other status (DISABLED,
#   ENABLING, SUSPENDED, ...) or a missing entry fails, one finding element per scan type.
# custom:
#   id: inspector2_scanning_enabled
#   severity: medium
#   resource_types:
#   - aws.securitybaseline.region
#   risk: Without continuous vulnerability scanning, instances, container images and functions with known
#     exploitable CVEs stay deployed until someone happens to look.
#   remediation:
#     text: Enable Amazon Inspector for EC2, ECR and Lambda in every region (from the delegated Inspector
#       administrator for the whole organization, with auto-enable for new accounts).
#     cli: aws inspector2 enable --resource-types EC2 ECR LAMBDA --region <region>
#     terraform: |
#       resource "aws_inspector2_enabler" "this" {
#         account_ids    = [data.aws_caller_identity.current.account_id]
#         resource_types = ["EC2", "ECR", "LAMBDA"]
#       }
#     url: https://docs.aws.amazon.com/inspector/latest/user/getting_started_tutorial.html
#   categories:
#   - compute
package vigil.aws.inspector2.inspector2_scanning_enabled

import data.vigil.lib.aws.util

scan_types := ["ec2", "ecr", "lambda"]

deny contains result if {
	status := input.resource.attributes.InspectorStatus
	is_object(status)
	some scan in scan_types
	value := util.get(util.get(util.get(status, "resourceState", {}), scan, {}), "status", null)
	value != "ENABLED"
	result := {
		"msg": sprintf("Amazon Inspector %s scanning is %v in region %s of account %s", [upper(scan), value, input.resource.region, input.resource.account_id]),
		"evidence": {sprintf("InspectorStatus.resourceState.%s.status", [scan]): value},
	}
}
