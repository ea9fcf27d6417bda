# METADATA
# scope: package
# title: Projects and resources carry the required labels
# description: 'Every key of gcp_required_labels (default: required_tags) must be present, with a value
#   from its list when the list is not empty.'
# custom:
#   id: gcp_labels_required_keys
#   severity: low
#   resource_types:
#   - gcp.resourcemanager.project
#   - gcp.compute.instance
#   - gcp.storage.bucket
#   - gcp.sql.instance
#   risk: 'Unlabelled resources have no owner, environment or cost center: they escape cost allocation,
#     incident routing and clean-up.'
#   remediation:
#     text: Add the missing labels, ideally enforced in the Terraform modules that create the resources.
#     cli: |-
#       gcloud compute instances add-labels <instance> --zone=<zone> --labels=team=<team>,cost-center=<cc>
#     terraform: |-
#       locals {
#         labels = { app = "orders", env = "prod", team = "payments", cost-center = "cc-1234" }
#       }
#       resource "google_storage_bucket" "data" {
#         name     = "orders-data"
#         location = "EU"
#         labels   = local.labels
#       }
#     url: https://cloud.google.com/resource-manager/docs/creating-managing-labels
#   categories:
#   - tagging
#   - governance
package vigil.gcp.labels.gcp_labels_required_keys

import data.vigil.lib.gcp.util

deny contains result if {
	problems := util.label_problems(object.get(input.resource, "tags", {}))
	count(problems) > 0
	result := {
		"msg": sprintf("%s %s: %s", [input.resource.type, input.resource.id, concat("; ", sort(problems))]),
		"evidence": {"attribute": "labels", "value": sort(problems)},
	}
}
