package vigil.aws.eks.eks_cluster_version_supported_test

import data.vigil.aws.eks.eks_cluster_version_supported

# 2026-07-29T00:00:00Z
end_133 := 1785283200000000000

deny(version, now) := result if {
	result := eks_cluster_version_supported.deny with input as {"resource": {
		"provider": "aws", "account_id": "111122223333", "region": "us-east-1", "service": "eks",
		"type": "aws.eks.cluster", "id": "c", "uid": "arn:aws:eks:us-east-1:111122223333:cluster/c",
		"name": "c", "tags": {}, "attributes": {"name": "c", "version": version},
	}} with data.vigil.now_ns as now
}

test_current_version_passes if {
	count(deny("1.35", end_133)) == 0
}

test_old_version_fails if {
	result := deny("1.29", end_133)
	count(result) == 1
	some r in result
	r.evidence.end_of_standard_support == "2025-03-23"
}

test_end_date_is_judged_by_scan_date if {
	count(deny("1.33", end_133 - 1)) == 0
	count(deny("1.33", end_133)) == 1
}

test_constant_is_the_date if {
	time.parse_rfc3339_ns("2026-07-29T00:00:00Z") == end_133
}
