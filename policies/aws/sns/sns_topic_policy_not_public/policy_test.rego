package vigil.aws.sns.sns_topic_policy_not_public_test

import data.vigil.aws.sns.sns_topic_policy_not_public

topic(policy) := {
	"provider": "aws", "account_id": "111122223333", "region": "us-east-1", "service": "sns", "type": "aws.sns.topic",
	"id": "arn:aws:sns:us-east-1:111122223333:events", "uid": "arn:aws:sns:us-east-1:111122223333:events",
	"name": "arn:aws:sns:us-east-1:111122223333:events", "tags": {}, "attributes": {"Attributes": {"Policy": policy}},
}

default_policy := {"Version": "2008-10-17", "Statement": [{
	"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": ["SNS:Publish", "SNS:Subscribe"],
	"Resource": "arn:aws:sns:us-east-1:111122223333:events",
	"Condition": {"StringEquals": {"AWS:SourceOwner": "111122223333"}},
}]}

public_policy := {"Version": "2012-10-17", "Statement": [{
	"Effect": "Allow", "Principal": "*", "Action": "SNS:Publish", "Resource": "arn:aws:sns:us-east-1:111122223333:events",
}]}

test_default_policy_passes if {
	count(sns_topic_policy_not_public.deny) == 0 with input as {"resource": topic(default_policy)}
}

test_public_policy_fails if {
	result := sns_topic_policy_not_public.deny with input as {"resource": topic(public_policy)}
	count(result) == 1
	some r in result
	r.evidence.attribute == "Attributes.Policy.Statement[0]"
}

test_public_aws_principal_fails if {
	count(sns_topic_policy_not_public.deny) == 1 with input as {"resource": topic({"Statement": {"Effect": "Allow", "Principal": {"AWS": ["*"]}, "Action": "sns:Subscribe", "Resource": "*"}})}
}

test_public_deny_passes if {
	count(sns_topic_policy_not_public.deny) == 0 with input as {"resource": topic({"Statement": [{"Effect": "Deny", "Principal": "*", "Action": "sns:*", "Resource": "*"}]})}
}

test_account_principal_passes if {
	count(sns_topic_policy_not_public.deny) == 0 with input as {"resource": topic({"Statement": [{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::444455556666:root"}, "Action": "sns:Publish", "Resource": "*"}]})}
}
