package vigil.lib.aws.s3_test

import data.vigil.lib.aws.s3

test_weak_pab_flags if {
	s3.weak_pab_flags(null) == s3.pab_flags
	s3.weak_pab_flags({"BlockPublicAcls": true, "IgnorePublicAcls": true, "BlockPublicPolicy": false}) == ["BlockPublicPolicy", "RestrictPublicBuckets"]
	s3.weak_pab_flags({"BlockPublicAcls": true, "IgnorePublicAcls": true, "BlockPublicPolicy": true, "RestrictPublicBuckets": true}) == []
}
