# METADATA
# scope: package
# title: Secrets Manager secrets were rotated or changed within the last 90 days
# description: FAIL when the newest of LastRotatedDate and LastChangedDate (ListSecrets; CreatedDate when neither is
#   a date) lies more than 90 days before the snapshot clock (data.vigil.now_ns). A secret whose value may have
#   changed recently passes; any change counts, so a recent metadata edit also passes (the API does not tell a new
#   value from other changes, and Vigil never reads values). A secret without any date does not fail.
# custom:
#   id: secretsmanager_secret_rotated_periodically
#   severity: medium
#   resource_types:
#   - aws.secretsmanager.secret
#   risk: A secret whose value has not changed for months - rotation switched off or its function failing - has had
#     all that time to leak and be reused; rotation that silently fails gives a false sense of protection.
#   remediation:
#     text: Check the rotation function's CloudWatch logs and fix it, then rotate the secret now; keep the rotation
#       schedule at 90 days or less.
#     cli: aws secretsmanager rotate-secret --secret-id <secret>
#     terraform: |
#       resource "aws_secretsmanager_secret_rotation" "this" {
#         secret_id           = aws_secretsmanager_secret.this.id
#         rotation_lambda_arn = aws_lambda_function.rotate.arn
#         rotation_rules {
#           automatically_after_days = 30
#         }
#       }
#     url: https://docs.aws.amazon.com/secretsmanager/latest/userguide/troubleshoot_rotation.html
#   categories:
#   - data-protection
#   - identity
package vigil.aws.secretsmanager.secretsmanager_secret_rotated_periodically

import data.vigil.lib.aws.dates

attributes := input.resource.attributes

changes := [d |
	some key in ["LastRotatedDate", "LastChangedDate"]
	d := object.get(attributes, key, null)
	dates.is_date(d)
]

# reference is the newest rotation or change, or the creation date when the secret was never changed.
reference := d if {
	count(changes) > 0
	some d in changes
	every other in changes {
		time.parse_rfc3339_ns(other) <= time.parse_rfc3339_ns(d)
	}
}

reference := attributes.CreatedDate if count(changes) == 0

deny contains result if {
	dates.older_than_days(reference, 90)
	result := {
		"msg": sprintf("Secrets Manager secret %s was last rotated or changed %d days ago (%s; limit 90 days)", [input.resource.id, dates.age_days(reference), reference]),
		"evidence": {
			"LastRotatedDate": object.get(attributes, "LastRotatedDate", null),
			"LastChangedDate": object.get(attributes, "LastChangedDate", null),
			"CreatedDate": object.get(attributes, "CreatedDate", null),
		},
	}
}
