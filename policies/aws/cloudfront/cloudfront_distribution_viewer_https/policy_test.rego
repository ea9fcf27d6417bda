package vigil.aws.cloudfront.cloudfront_distribution_viewer_https_test

import data.vigil.aws.cloudfront.cloudfront_distribution_viewer_https

dist(default_policy, others) := {
	"provider": "aws", "account_id": "111122223333", "region": "global", "service": "cloudfront",
	"type": "aws.cloudfront.distribution", "id": "E1", "uid": "arn:aws:cloudfront::111122223333:distribution/E1",
	"name": "d1.cloudfront.net", "tags": {}, "attributes": {"Id": "E1", "DefaultCacheBehavior": {"ViewerProtocolPolicy": default_policy}, "CacheBehaviors": {"Quantity": count(others), "Items": others}},
}

findings(default_policy, others) := result if {
	result := cloudfront_distribution_viewer_https.deny with input as {"resource": dist(default_policy, others)}
}

test_redirect_passes if {
	count(findings("redirect-to-https", [{"PathPattern": "/api/*", "ViewerProtocolPolicy": "https-only"}])) == 0
}

test_default_allow_all_fails if {
	result := findings("allow-all", [])
	count(result) == 1
	some r in result
	r.evidence.PathPattern == "Default (*)"
}

test_path_behavior_allow_all_fails if {
	count(findings("https-only", [{"PathPattern": "/img/*", "ViewerProtocolPolicy": "allow-all"}])) == 1
}

test_no_cache_behaviors_item_list if {
	resource := json.patch(dist("allow-all", []), [{"op": "remove", "path": "/attributes/CacheBehaviors/Items"}])
	not resource.attributes.CacheBehaviors.Items
	result := cloudfront_distribution_viewer_https.deny with input as {"resource": resource}
	count(result) == 1
}
