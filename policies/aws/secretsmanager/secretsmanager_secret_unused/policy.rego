# METADATA
# scope: package
# title: Secrets Manager secrets unused for 90 days are removed
# description: FAIL when LastAccessedDate (ListSecrets; AWS keeps the day only) lies more than 90 days before the
#   snapshot clock (data.vigil.now_ns), or when the secret was never read (no LastAccessedDate) and its CreatedDate
#   lies more than 90 days back.
# custom:
#   id: secretsmanager_secret_unused
#   severity: low
#   resource_types:
#   - aws.secretsmanager.secret
#   risk: A secret nobody reads is a credential nobody owns; it still opens whatever it protects, is rarely
#     rotated, and its use by an attacker would stand out to no one.
#   remediation:
#     text: Confirm with the owner that nothing uses the secret, revoke the credential it holds, then delete it
#       (with a recovery window).
#     cli: aws secretsmanager delete-secret --secret-id <secret> --recovery-window-in-days 30
#     terraform: '# Remove the aws_secretsmanager_secret resource of the unused secret (recovery_window_in_days = 30).'
#     url: https://docs.aws.amazon.com/secretsmanager/latest/userguide/manage_delete-restore-secret.html
#   categories:
#   - identity
#   - cost
package vigil.aws.secretsmanager.secretsmanager_secret_unused

import data.vigil.lib.aws.dates

attributes := input.resource.attributes

last_accessed := object.get(attributes, "LastAccessedDate", null)

deny contains result if {
	dates.older_than_days(last_accessed, 90)
	result := {
		"msg": sprintf("Secrets Manager secret %s was last read %d days ago (%s; limit 90 days)", [input.resource.id, dates.age_days(last_accessed), last_accessed]),
		"evidence": {"LastAccessedDate": last_accessed},
	}
}

deny contains result if {
	last_accessed == null
	created := attributes.CreatedDate
	dates.older_than_days(created, 90)
	result := {
		"msg": sprintf("Secrets Manager secret %s has never been read since it was created %d days ago", [input.resource.id, dates.age_days(created)]),
		"evidence": {"LastAccessedDate": null, "CreatedDate": created},
	}
}
