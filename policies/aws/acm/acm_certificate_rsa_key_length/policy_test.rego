package vigil.aws.acm.acm_certificate_rsa_key_length_test

import data.vigil.aws.acm.acm_certificate_rsa_key_length

deny(algorithm) := result if {
	result := acm_certificate_rsa_key_length.deny with input as {"resource": {
		"provider": "aws", "account_id": "111122223333", "region": "us-east-1", "service": "acm",
		"type": "aws.acm.certificate", "id": "arn:aws:acm:us-east-1:111122223333:certificate/c1",
		"uid": "arn:aws:acm:us-east-1:111122223333:certificate/c1", "name": "www.example.com", "tags": {},
		"attributes": {"Certificate": {"KeyAlgorithm": algorithm, "Status": "ISSUED"}},
	}}
}

test_rsa_2048_and_up_pass if {
	count(deny("RSA-2048")) == 0
	count(deny("RSA_3072")) == 0
	count(deny("RSA-4096")) == 0
}

test_rsa_1024_fails if {
	count(deny("RSA-1024")) == 1
	count(deny("RSA_1024")) == 1
}

test_ec_keys_pass if {
	count(deny("EC-prime256v1")) == 0
	count(deny("EC_secp384r1")) == 0
}

test_unread_certificate_is_not_judged if {
	result := acm_certificate_rsa_key_length.deny with input as {"resource": {"name": "x", "attributes": {}}}
	count(result) == 0
}
