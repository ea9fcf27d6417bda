package vigil.aws.eks.eks_cluster_endpoint_not_public_test

import data.vigil.aws.eks.eks_cluster_endpoint_not_public

deny(vpc) := result if {
	result := eks_cluster_endpoint_not_public.deny with input as {"resource": {
		"provider": "aws", "account_id": "111122223333", "region": "us-east-1", "service": "eks",
		"type": "aws.eks.cluster", "id": "c", "uid": "arn:aws:eks:us-east-1:111122223333:cluster/c",
		"name": "c", "tags": {}, "attributes": {"name": "c", "resourcesVpcConfig": vpc},
	}}
}

test_private_endpoint_passes if {
	count(deny({"endpointPublicAccess": false, "endpointPrivateAccess": true, "publicAccessCidrs": ["0.0.0.0/0"]})) == 0
}

test_public_limited_to_a_range_passes if {
	count(deny({"endpointPublicAccess": true, "publicAccessCidrs": ["203.0.113.0/24"]})) == 0
}

test_public_to_world_fails if {
	count(deny({"endpointPublicAccess": true, "publicAccessCidrs": ["0.0.0.0/0"]})) == 1
	count(deny({"endpointPublicAccess": true, "publicAccessCidrs": ["203.0.113.0/24", "0.0.0.0/0"]})) == 1
}

test_missing_cidrs_pass if {
	count(deny({"endpointPublicAccess": true})) == 0
}
