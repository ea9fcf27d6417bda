package vigil.azure.defender.azure_defender_security_contact_test

import data.vigil.azure.defender.azure_defender_security_contact

res(attributes, tags) := {"provider": "azure", "account_id": "acct-1", "region": "global", "service": "defender", "type": "azure.resources.subscription", "id": "r1", "name": "r1", "uid": "uid-r1", "tags": tags, "attributes": attributes}

test_email_passes if {
	result := azure_defender_security_contact.deny with input as {"resource": res({"securityContacts": [{"properties": {"emails": "a@b.example"}}]}, {})}
	count(result) == 0
}

test_empty_fails if {
	result := azure_defender_security_contact.deny with input as {"resource": res({"securityContacts": [{"properties": {"emails": ""}}]}, {})}
	count(result) == 1
}

test_none_fails if {
	result := azure_defender_security_contact.deny with input as {"resource": res({"securityContacts": []}, {})}
	count(result) == 1
}
