package vigil.aws.account.account_alternate_contacts_registered_test

import data.vigil.aws.account.account_alternate_contacts_registered

contacts(attrs) := {
	"provider": "aws", "account_id": "111122223333", "region": "global", "service": "account",
	"type": "aws.account.contacts", "id": "111122223333", "uid": "arn:aws:account::111122223333:account",
	"name": "111122223333", "tags": {}, "attributes": attrs,
}

deny(attrs) := result if {
	result := account_alternate_contacts_registered.deny with input as {"resource": contacts(attrs)}
}

c(type) := {"AlternateContactType": type, "NamePresent": true, "EmailAddressPresent": true, "PhoneNumberPresent": true, "TitlePresent": true}

test_both_registered_passes if {
	count(deny({"SecurityContact": null, "BillingContact": c("BILLING"), "OperationsContact": c("OPERATIONS")})) == 0
}

test_billing_missing_fails if {
	result := deny({"SecurityContact": c("SECURITY"), "BillingContact": null, "OperationsContact": c("OPERATIONS")})
	count(result) == 1
	some r in result
	contains(r.msg, "billing")
	r.evidence == {"BillingContact": null}
}

test_both_missing_fail_twice if {
	count(deny({"BillingContact": null, "OperationsContact": null})) == 2
}

test_unknown_not_judged if {
	count(deny({"OperationsContact": c("OPERATIONS")})) == 0
	count(deny({})) == 0
}
