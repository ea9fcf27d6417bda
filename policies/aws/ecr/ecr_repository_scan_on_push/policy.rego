# METADATA
# scope: package
# title: ECR repositories scan images on push
# description: With the registry's RegistryScanningConfiguration.scanType ENHANCED, a repository is scanned when a
#   rule with scanFrequency SCAN_ON_PUSH or CONTINUOUS_SCAN has a WILDCARD repositoryFilter matching repositoryName
#   ("*" matches any characters, "/" included); with BASIC scanning, when imageScanningConfiguration.scanOnPush is
#   true or a SCAN_ON_PUSH rule's filter matches. FAIL when the repository is not scanned.
# custom:
#   id: ecr_repository_scan_on_push
#   severity: medium
#   resource_types:
#   - aws.ecr.repository
#   risk: Images with known vulnerable packages are pushed and deployed without anyone being told; nothing
#     flags them before they run.
#   remediation:
#     text: Turn on scan on push for the repository, or add a registry scanning rule (basic scan on push, or
#       enhanced continuous scanning with Amazon Inspector) whose filter covers it.
#     cli: aws ecr put-registry-scanning-configuration --scan-type ENHANCED --rules
#       '[{"scanFrequency":"CONTINUOUS_SCAN","repositoryFilters":[{"filter":"*","filterType":"WILDCARD"}]}]'
#     terraform: |
#       resource "aws_ecr_registry_scanning_configuration" "this" {
#         scan_type = "ENHANCED"
#         rule {
#           scan_frequency = "CONTINUOUS_SCAN"
#           repository_filter {
#             filter      = "*"
#             filter_type = "WILDCARD"
#           }
#         }
#       }
#     url: https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-scanning.html
#   categories:
#   - compute
package vigil.aws.ecr.ecr_repository_scan_on_push

import data.vigil.lib.aws.util

registry := object.get(input.resource.attributes, "RegistryScanningConfiguration", null)

enhanced if util.get(registry, "scanType", "BASIC") == "ENHANCED"

# matches(filter, name): the ECR wildcard filter (only "*" is special) matches the whole name.
matches(filter, name) if regex.match(sprintf("^%s$", [replace(replace(filter, ".", "\\."), "*", ".*")]), name)

rule_covers(frequencies) := rule if {
	some rule in util.array_or_empty(util.get(registry, "rules", []))
	rule.scanFrequency in frequencies
	some f in util.array_or_empty(rule.repositoryFilters)
	object.get(f, "filterType", "WILDCARD") == "WILDCARD"
	matches(f.filter, input.resource.attributes.repositoryName)
}

scanned if {
	enhanced
	rule_covers({"SCAN_ON_PUSH", "CONTINUOUS_SCAN"})
}

scanned if {
	not enhanced
	input.resource.attributes.imageScanningConfiguration.scanOnPush == true
}

scanned if {
	not enhanced
	rule_covers({"SCAN_ON_PUSH"})
}

deny contains result if {
	_ = input.resource.attributes.RegistryScanningConfiguration
	not scanned
	result := {
		"msg": sprintf("ECR repository %s does not scan pushed images (%s scanning, no rule or repository setting covers it)", [input.resource.id, util.get(registry, "scanType", "BASIC")]),
		"evidence": {
			"imageScanningConfiguration": object.get(input.resource.attributes, "imageScanningConfiguration", null),
			"RegistryScanningConfiguration": registry,
		},
	}
}
