# METADATA
# scope: package
# title: EKS cluster API endpoints are not open to the internet
# description: FAIL when resourcesVpcConfig.endpointPublicAccess is true and resourcesVpcConfig.publicAccessCidrs
#   holds 0.0.0.0/0 or ::/0.
# custom:
#   id: eks_cluster_endpoint_not_public
#   severity: high
#   resource_types:
#   - aws.eks.cluster
#   risk: The Kubernetes API server answers anyone on the internet; a leaked kubeconfig or token, or an API
#     server vulnerability, is then exploitable from anywhere.
#   remediation:
#     text: Turn on private endpoint access and turn off public access, or limit publicAccessCidrs to the ranges
#       that administer the cluster.
#     cli: aws eks update-cluster-config --name <cluster> --resources-vpc-config
#       endpointPublicAccess=false,endpointPrivateAccess=true
#     terraform: |
#       resource "aws_eks_cluster" "this" {
#         vpc_config {
#           endpoint_private_access = true
#           endpoint_public_access  = false
#         }
#       }
#     url: https://docs.aws.amazon.com/eks/latest/userguide/cluster-endpoint.html
#   categories:
#   - network
#   - public-exposure
#   - compute
package vigil.aws.eks.eks_cluster_endpoint_not_public

import data.vigil.lib.aws.util

deny contains result if {
	vpc := input.resource.attributes.resourcesVpcConfig
	vpc.endpointPublicAccess == true
	some cidr in util.array_or_empty(vpc.publicAccessCidrs)
	cidr in {"0.0.0.0/0", "::/0"}
	result := {
		"msg": sprintf("EKS cluster %s API endpoint is public and open to %s", [input.resource.id, cidr]),
		"evidence": {"resourcesVpcConfig.endpointPublicAccess": true, "resourcesVpcConfig.publicAccessCidrs": vpc.publicAccessCidrs},
	}
}
