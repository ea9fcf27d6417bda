package vigil.aws.eventbridge.eventbridge_bus_policy_not_public_test

import data.vigil.aws.eventbridge.eventbridge_bus_policy_not_public

deny(policy) := result if {
	result := eventbridge_bus_policy_not_public.deny with input as {"resource": {
		"provider": "aws", "account_id": "111122223333", "region": "us-east-1", "service": "events",
		"type": "aws.eventbridge.event_bus", "id": "default", "uid": "arn:aws:events:us-east-1:111122223333:event-bus/default",
		"name": "default", "tags": {}, "attributes": {"Name": "default", "Policy": policy},
	}}
}

put(principal) := {"Sid": "put", "Effect": "Allow", "Principal": principal, "Action": "events:PutEvents", "Resource": "arn:aws:events:us-east-1:111122223333:event-bus/default"}

test_named_account_passes if {
	count(deny({"Statement": [put({"AWS": "arn:aws:iam::444455556666:root"})]})) == 0
}

test_no_policy_passes if {
	count(deny(null)) == 0
}

test_any_account_fails if {
	result := deny({"Statement": [put({"AWS": "arn:aws:iam::444455556666:root"}), put("*")]})
	count(result) == 1
	some r in result
	r.evidence.attribute == "Policy.Statement[1]"
	count(deny({"Statement": put({"AWS": "*"})})) == 1
}

test_org_condition_passes if {
	count(deny({"Statement": [object.union(put("*"), {"Condition": {"StringEquals": {"aws:PrincipalOrgID": "o-1"}}})]})) == 0
}

test_negated_or_unrelated_condition_fails if {
	count(deny({"Statement": [object.union(put("*"), {"Condition": {"StringNotEquals": {"aws:PrincipalOrgID": "o-1"}}})]})) == 1
	count(deny({"Statement": [object.union(put("*"), {"Condition": {"StringEquals": {"events:source": "app"}}})]})) == 1
}
