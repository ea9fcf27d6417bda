# METADATA
# scope: package
# title: Resources carry the required tags with allowed values
# description: Each required tag key (config required_tags) must be present and non-empty, and its value
#   must be in the key's allowed list when that list is not empty.
# custom:
#   id: tags_resource_required_keys
#   severity: low
#   resource_types:
#   - aws.ec2.instance
#   - aws.ec2.volume
#   - aws.ec2.vpc
#   - aws.s3.bucket
#   - aws.kms.key
#   risk: 'Untagged resources cannot be attributed to an application, team or cost centre: nobody owns their
#     security findings or their bill, and environment-based controls miss them.'
#   remediation:
#     text: Add the missing tags (app, env, team, cost-center by default) with allowed values, and enforce
#       them with tag policies and IaC defaults.
#     cli: aws resourcegroupstaggingapi tag-resources --resource-arn-list <arn> --tags app=<app>,env=prod,team=<team>,cost-center=<cc>
#     terraform: |
#       provider "aws" {
#         default_tags {
#           tags = {
#             app           = "payments"
#             env           = "prod"
#             team          = "payments"
#             "cost-center" = "cc-1234"
#           }
#         }
#       }
#     url: https://docs.aws.amazon.com/tag-editor/latest/userguide/tagging.html
#   categories:
#   - tagging
#   - governance
package vigil.aws.tags.tags_resource_required_keys

import data.vigil.lib.aws.util

deny contains result if {
	some key, allowed in util.setting("required_tags")
	value := util.get(util.get(input.resource, "tags", {}), key, null)
	problem := tag_problem(value, allowed)
	result := {
		"msg": sprintf("%s %s: tag %s %s", [input.resource.type, input.resource.id, key, problem]),
		"evidence": {"tag": key, "value": value, "allowed": allowed},
	}
}

tag_problem(value, _) := "is missing or empty" if not util.non_empty(value)

tag_problem(value, allowed) := sprintf("has value \"%s\", not one of %s", [value, concat(", ", allowed)]) if {
	util.non_empty(value)
	count(allowed) > 0
	not value in allowed
}
