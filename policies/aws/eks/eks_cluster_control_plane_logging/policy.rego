# METADATA
# scope: package
# title: EKS clusters send every control-plane log type to CloudWatch
# description: FAIL when one of api, audit, authenticator, controllerManager and scheduler is not in the types of
#   an entry of logging.clusterLogging with enabled true.
# custom:
#   id: eks_cluster_control_plane_logging
#   severity: medium
#   resource_types:
#   - aws.eks.cluster
#   risk: Without the audit and authenticator logs nobody can tell who did what to the cluster; without the api,
#     controller manager and scheduler logs incidents and misbehaving workloads cannot be investigated.
#   remediation:
#     text: Enable all five control-plane log types.
#     cli: aws eks update-cluster-config --name <cluster> --logging
#       '{"clusterLogging":[{"types":["api","audit","authenticator","controllerManager","scheduler"],"enabled":true}]}'
#     terraform: |
#       resource "aws_eks_cluster" "this" {
#         enabled_cluster_log_types = ["api", "audit", "authenticator", "controllerManager", "scheduler"]
#       }
#     url: https://docs.aws.amazon.com/eks/latest/userguide/control-plane-logs.html
#   categories:
#   - logging
#   - compute
package vigil.aws.eks.eks_cluster_control_plane_logging

import data.vigil.lib.aws.util

log_types := {"api", "audit", "authenticator", "controllerManager", "scheduler"}

enabled := {t |
	some entry in util.array_or_empty(input.resource.attributes.logging.clusterLogging)
	entry.enabled == true
	some t in util.array_or_empty(entry.types)
}

deny contains result if {
	_ = input.resource.attributes.logging
	missing := log_types - enabled
	count(missing) > 0
	result := {
		"msg": sprintf("EKS cluster %s does not log control-plane types %s", [input.resource.id, concat(", ", sort(missing))]),
		"evidence": {"logging.clusterLogging": object.get(input.resource.attributes.logging, "clusterLogging", null), "missing": sort(missing)},
	}
}
