package vigil.aws.account.account_security_contact_registered_test

import data.vigil.aws.account.account_security_contact_registered

contacts(attrs) := {
	"provider": "aws", "account_id": "111122223333", "region": "global", "service": "account",
	"type": "aws.account.contacts", "id": "111122223333", "uid": "arn:aws:account::111122223333:account",
	"name": "111122223333", "tags": {}, "attributes": attrs,
}

deny(attrs) := result if {
	result := account_security_contact_registered.deny with input as {"resource": contacts(attrs)}
}

registered := {"AlternateContactType": "SECURITY", "NamePresent": true, "EmailAddressPresent": true, "PhoneNumberPresent": true, "TitlePresent": true}

test_registered_passes if {
	count(deny({"SecurityContact": registered, "BillingContact": null, "OperationsContact": null})) == 0
}

test_missing_fails if {
	result := deny({"SecurityContact": null, "BillingContact": registered, "OperationsContact": registered})
	count(result) == 1
	some r in result
	r.evidence.SecurityContact == null
	contains(r.msg, "111122223333")
}

test_unknown_not_judged if {
	count(deny({"BillingContact": null})) == 0
}
