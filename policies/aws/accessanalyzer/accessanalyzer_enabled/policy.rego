# METADATA
# scope: package
# title: IAM Access Analyzer (external access) is active in every region
# description: Each enabled region must have an external access analyzer (type ACCOUNT or ORGANIZATION) whose
#   status is ACTIVE (ListAnalyzers).
# custom:
#   id: accessanalyzer_enabled
#   severity: medium
#   resource_types:
#   - aws.securitybaseline.region
#   risk: Without an analyzer in the region, resource policies that share buckets, keys, roles, queues or
#     snapshots with other accounts or the public are not reported; unintended external access stays unseen.
#   remediation:
#     text: Create an external access analyzer in every enabled region (an organization analyzer in the
#       delegated administrator account covers all member accounts).
#     cli: aws accessanalyzer create-analyzer --analyzer-name external-access --type ACCOUNT --region <region>
#     terraform: |
#       resource "aws_accessanalyzer_analyzer" "this" {
#         analyzer_name = "external-access"
#         type          = "ACCOUNT"
#       }
#     url: https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-getting-started.html
#   categories:
#   - identity
#   - governance
package vigil.aws.accessanalyzer.accessanalyzer_enabled

external_types := {"ACCOUNT", "ORGANIZATION"}

active if {
	some analyzer in input.resource.attributes.AccessAnalyzers
	analyzer.type in external_types
	analyzer.status == "ACTIVE"
}

deny contains result if {
	analyzers := input.resource.attributes.AccessAnalyzers
	not active
	result := {
		"msg": sprintf("No active IAM Access Analyzer for external access in region %s", [input.resource.id]),
		"evidence": {"analyzers": [{"name": a.name, "type": a.type, "status": a.status} | some a in analyzers]},
	}
}
