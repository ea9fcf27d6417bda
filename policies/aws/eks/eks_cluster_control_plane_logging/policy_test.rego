package vigil.aws.eks.eks_cluster_control_plane_logging_test

import data.vigil.aws.eks.eks_cluster_control_plane_logging

deny(logging) := result if {
	result := eks_cluster_control_plane_logging.deny with input as {"resource": {
		"provider": "aws", "account_id": "111122223333", "region": "us-east-1", "service": "eks",
		"type": "aws.eks.cluster", "id": "c", "uid": "arn:aws:eks:us-east-1:111122223333:cluster/c",
		"name": "c", "tags": {}, "attributes": {"name": "c", "logging": logging},
	}}
}

all := ["api", "audit", "authenticator", "controllerManager", "scheduler"]

test_all_types_pass if {
	count(deny({"clusterLogging": [{"types": all, "enabled": true}]})) == 0
	count(deny({"clusterLogging": [{"types": ["api", "audit"], "enabled": true},
		{"types": ["authenticator", "controllerManager", "scheduler"], "enabled": true}]})) == 0
}

test_some_types_off_fails if {
	result := deny({"clusterLogging": [{"types": ["api", "audit", "authenticator"], "enabled": true},
		{"types": ["controllerManager", "scheduler"], "enabled": false}]})
	count(result) == 1
	some r in result
	r.evidence.missing == ["controllerManager", "scheduler"]
}

test_everything_off_fails if {
	count(deny({"clusterLogging": [{"types": all, "enabled": false}]})) == 1
	count(deny({"clusterLogging": []})) == 1
}
