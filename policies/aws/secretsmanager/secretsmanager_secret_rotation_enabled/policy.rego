# METADATA
# scope: package
# title: Secrets Manager secrets have automatic rotation enabled
# description: FAIL when the secret's RotationEnabled (ListSecrets) is not true; an absent flag means rotation was
#   never configured.
# custom:
#   id: secretsmanager_secret_rotation_enabled
#   severity: medium
#   resource_types:
#   - aws.secretsmanager.secret
#   risk: A secret that is never rotated stays valid for as long as it exists; once it leaks (logs, laptops, former
#     staff, a copied configuration file) it keeps granting access until someone notices and changes it by hand.
#   remediation:
#     text: Turn on automatic rotation with a rotation function (or managed rotation for RDS, Redshift and
#       DocumentDB credentials) and a schedule of 90 days or less.
#     cli: aws secretsmanager rotate-secret --secret-id <secret> --rotation-lambda-arn <function-arn> --rotation-rules AutomaticallyAfterDays=30
#     terraform: |
#       resource "aws_secretsmanager_secret_rotation" "this" {
#         secret_id           = aws_secretsmanager_secret.this.id
#         rotation_lambda_arn = aws_lambda_function.rotate.arn
#         rotation_rules {
#           automatically_after_days = 30
#         }
#       }
#     url: https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotating-secrets.html
#   categories:
#   - data-protection
#   - identity
package vigil.aws.secretsmanager.secretsmanager_secret_rotation_enabled

deny contains result if {
	enabled := object.get(input.resource.attributes, "RotationEnabled", null)
	enabled != true
	result := {
		"msg": sprintf("Secrets Manager secret %s does not rotate automatically", [input.resource.id]),
		"evidence": {"RotationEnabled": enabled},
	}
}
