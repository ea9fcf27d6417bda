# METADATA
# scope: package
# title: Pub/Sub topics are encrypted with a customer-managed key
# description: kmsKeyName must be set.
# custom:
#   id: gcp_pubsub_topic_cmek
#   severity: low
#   resource_types:
#   - gcp.pubsub.topic
#   risk: Messages encrypted with Google-managed keys cannot be made unreadable by revoking a key you control,
#     and key use is not in your audit logs.
#   remediation:
#     text: Set a Cloud KMS key on the topic.
#     cli: |-
#       gcloud pubsub topics update <topic> --topic-encryption-key=projects/<p>/locations/<l>/keyRings/<r>/cryptoKeys/<k>
#     terraform: |-
#       resource "google_pubsub_topic" "events" {
#         name         = "events"
#         kms_key_name = google_kms_crypto_key.pubsub.id
#       }
#     url: https://cloud.google.com/pubsub/docs/encryption
#   categories:
#   - encryption
package vigil.gcp.pubsub.gcp_pubsub_topic_cmek

deny contains result if {
	object.get(input.resource.attributes, "kmsKeyName", "") == ""
	result := {
		"msg": sprintf("Pub/Sub topic %s is not encrypted with a customer-managed key", [input.resource.name]),
		"evidence": {"attribute": "kmsKeyName", "value": null},
	}
}
