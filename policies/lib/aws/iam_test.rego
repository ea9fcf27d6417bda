package vigil.lib.aws.iam_test

import data.vigil.lib.aws.iam

test_statements_accepts_object_or_list if {
	iam.statements({"Statement": {"Effect": "Allow"}}) == [{"Effect": "Allow"}]
	iam.statements({"Statement": [{"Effect": "Deny"}]}) == [{"Effect": "Deny"}]
	not iam.statements(null)
}

test_public_allow if {
	iam.public_allow({"Effect": "Allow", "Principal": "*"})
	iam.public_allow({"Effect": "Allow", "Principal": {"AWS": ["arn:aws:iam::111122223333:root", "*"]}})
	not iam.public_allow({"Effect": "Allow", "Principal": "*", "Condition": {"Bool": {"aws:SecureTransport": "true"}}})
	not iam.public_allow({"Effect": "Deny", "Principal": "*"})
	not iam.public_allow({"Effect": "Allow", "Principal": {"Service": "s3.amazonaws.com"}})
}

test_full_admin if {
	iam.full_admin({"Effect": "Allow", "Action": "*", "Resource": "*"})
	iam.full_admin({"Effect": "Allow", "Action": ["*"], "Resource": ["*"]})
	not iam.full_admin({"Effect": "Allow", "Action": "s3:*", "Resource": "*"})
	not iam.full_admin({"Effect": "Deny", "Action": "*", "Resource": "*"})
}
