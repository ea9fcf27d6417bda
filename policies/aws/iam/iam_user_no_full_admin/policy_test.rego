package vigil.aws.iam.iam_user_no_full_admin_test

import data.vigil.aws.iam.iam_user_no_full_admin

user(attributes) := {
	"provider": "aws", "account_id": "111122223333", "region": "global", "type": "aws.iam.user",
	"id": "u", "uid": "arn:aws:iam::111122223333:user/u", "name": "u", "tags": {},
	"attributes": attributes,
}

admin_doc := {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}

read_doc := {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["ec2:Describe*", "s3:Get*"], "Resource": "*"}]}

administrator_access := {"PolicyName": "AdministratorAccess", "PolicyArn": "arn:aws:iam::aws:policy/AdministratorAccess", "Document": admin_doc}

read_only_access := {"PolicyName": "ReadOnlyAccess", "PolicyArn": "arn:aws:iam::aws:policy/ReadOnlyAccess", "Document": read_doc}

test_attached_aws_managed_admin_fails if {
	result := iam_user_no_full_admin.deny with input as {"resource": user({"AttachedManagedPolicies": [administrator_access]})}
	count(result) == 1
	some r in result
	r.evidence.attribute == "AttachedManagedPolicies[0]"
	contains(r.msg, "arn:aws:iam::aws:policy/AdministratorAccess")
}

test_attached_read_only_passes if {
	count(iam_user_no_full_admin.deny) == 0 with input as {"resource": user({"AttachedManagedPolicies": [read_only_access], "Groups": []})}
}

test_customer_managed_admin_in_list_form_fails if {
	doc := {"Statement": {"Effect": "Allow", "Action": ["s3:*", "*"], "Resource": ["*"]}}
	p := {"PolicyName": "break-glass", "PolicyArn": "arn:aws:iam::111122223333:policy/break-glass", "Document": doc}
	count(iam_user_no_full_admin.deny) == 1 with input as {"resource": user({"AttachedManagedPolicies": [p]})}
}

test_group_attached_admin_fails if {
	g := {"GroupName": "admins", "GroupPolicyList": [], "AttachedManagedPolicies": [administrator_access]}
	result := iam_user_no_full_admin.deny with input as {"resource": user({"GroupList": ["admins"], "Groups": [g]})}
	count(result) == 1
	some r in result
	r.evidence.attribute == "Groups[0].AttachedManagedPolicies[0]"
}

test_group_inline_admin_fails if {
	g := {"GroupName": "legacy", "GroupPolicyList": [{"PolicyName": "all", "PolicyDocument": admin_doc}]}
	count(iam_user_no_full_admin.deny) == 1 with input as {"resource": user({"Groups": [g]})}
}

test_read_only_group_passes if {
	g := {"GroupName": "developers", "GroupPolicyList": [], "AttachedManagedPolicies": [read_only_access]}
	count(iam_user_no_full_admin.deny) == 0 with input as {"resource": user({"Groups": [g], "UserPolicyList": []})}
}

test_user_inline_admin_fails if {
	count(iam_user_no_full_admin.deny) == 1 with input as {"resource": user({"UserPolicyList": [{"PolicyName": "all", "PolicyDocument": admin_doc}]})}
}

test_deny_statement_and_conditioned_scope_pass if {
	doc := {"Statement": [{"Effect": "Deny", "Action": "*", "Resource": "*"}, {"Effect": "Allow", "Action": "*", "Resource": "arn:aws:s3:::b/*"}]}
	count(iam_user_no_full_admin.deny) == 0 with input as {"resource": user({"UserPolicyList": [{"PolicyName": "x", "PolicyDocument": doc}]})}
}

test_attached_without_document_or_null_groups_pass if {
	p := {"PolicyName": "AdministratorAccess", "PolicyArn": "arn:aws:iam::aws:policy/AdministratorAccess"}
	count(iam_user_no_full_admin.deny) == 0 with input as {"resource": user({"AttachedManagedPolicies": [p], "Groups": null})}
}

test_every_route_gives_its_own_finding if {
	g := {"GroupName": "admins", "AttachedManagedPolicies": [administrator_access]}
	count(iam_user_no_full_admin.deny) == 2 with input as {"resource": user({"AttachedManagedPolicies": [administrator_access], "Groups": [g]})}
}
