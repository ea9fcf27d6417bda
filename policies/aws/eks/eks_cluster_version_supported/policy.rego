# METADATA
# scope: package
# title: EKS clusters run a Kubernetes version in standard support
# description: FAIL when version is in the table below of Amazon EKS end-of-standard-support dates (the Amazon EKS
#   Kubernetes release calendar, as of December 2026) and now (data.vigil.now_ns, the snapshot's clock) is on or
#   after that date (00:00 UTC). Versions not in the table pass.
# custom:
#   id: eks_cluster_version_supported
#   severity: medium
#   resource_types:
#   - aws.eks.cluster
#   risk: After standard support a version gets no new patches unless the cluster pays for extended support, and
#     after that EKS upgrades the control plane on its own schedule; Kubernetes itself no longer fixes its CVEs.
#   remediation:
#     text: Upgrade the control plane (one minor version at a time) and then the node groups and add-ons.
#     cli: aws eks update-cluster-version --name <cluster> --kubernetes-version <next-version>
#     terraform: |
#       resource "aws_eks_cluster" "this" {
#         version = "1.35"
#       }
#     url: https://docs.aws.amazon.com/eks/latest/userguide/kubernetes-versions.html
#   categories:
#   - compute
package vigil.aws.eks.eks_cluster_version_supported

# Kubernetes minor version -> end of standard support on Amazon EKS.
end_of_standard_support := {
	"1.23": "2023-10-11",
	"1.24": "2024-01-31",
	"1.25": "2024-05-01",
	"1.26": "2024-06-11",
	"1.27": "2024-07-24",
	"1.28": "2024-11-26",
	"1.29": "2025-03-23",
	"1.30": "2025-07-23",
	"1.31": "2025-11-26",
	"1.32": "2026-03-23",
	"1.33": "2026-07-29",
}

deny contains result if {
	version := input.resource.attributes.version
	date := end_of_standard_support[version]
	data.vigil.now_ns >= time.parse_rfc3339_ns(sprintf("%sT00:00:00Z", [date]))
	result := {
		"msg": sprintf("EKS cluster %s runs Kubernetes %s, out of standard support since %s", [input.resource.id, version, date]),
		"evidence": {"version": version, "end_of_standard_support": date},
	}
}
