package vigil.aws.ssm.ssm_document_not_public_test

import data.vigil.aws.ssm.ssm_document_not_public

deny(permission) := result if {
	result := ssm_document_not_public.deny with input as {"resource": {
		"provider": "aws", "account_id": "111122223333", "region": "us-east-1", "service": "ssm",
		"type": "aws.ssm.document", "id": "app-patching", "uid": "arn:aws:ssm:us-east-1:111122223333:document/app-patching",
		"name": "app-patching", "tags": {}, "attributes": {"Name": "app-patching", "Permission": permission},
	}}
}

test_not_shared_passes if {
	count(deny({"AccountIds": [], "AccountSharingInfoList": []})) == 0
}

test_shared_with_named_accounts_passes if {
	count(deny({"AccountIds": ["444455556666"]})) == 0
}

test_shared_with_all_fails if {
	result := deny({"AccountIds": ["444455556666", "all"]})
	count(result) == 1
	some r in result
	r.evidence["Permission.AccountIds"] == ["444455556666", "all"]
	count(deny({"AccountIds": ["All"]})) == 1
}
