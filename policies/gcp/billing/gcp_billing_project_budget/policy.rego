# METADATA
# scope: package
# title: Projects with billing enabled are covered by a budget
# description: A project whose billingInfo.billingEnabled is true must be covered by at least one budget
#   of its billing account.
# custom:
#   id: gcp_billing_project_budget
#   severity: low
#   resource_types:
#   - gcp.resourcemanager.project
#   risk: Without a budget and its alerts, runaway spend (a leaked key mining cryptocurrency, a loop of
#     deployments) is noticed only on the invoice.
#   remediation:
#     text: Create a budget on the billing account filtered to the project (or covering all projects)
#       with alert thresholds.
#     cli: |-
#       gcloud billing budgets create --billing-account=<account-id> --display-name=<project>-monthly --budget-amount=5000USD --filter-projects=projects/<project> --threshold-rule=percent=0.9
#     terraform: |-
#       resource "google_billing_budget" "project" {
#         billing_account = "01A2B3-C4D5E6-F7A8B9"
#         display_name    = "orders monthly"
#         budget_filter { projects = ["projects/${google_project.orders.number}"] }
#         amount {
#           specified_amount {
#             currency_code = "USD"
#             units         = "5000"
#           }
#         }
#         threshold_rules { threshold_percent = 0.9 }
#       }
#     url: https://cloud.google.com/billing/docs/how-to/budgets
#   categories:
#   - cost
#   - governance
package vigil.gcp.billing.gcp_billing_project_budget


deny contains result if {
	object.get(object.get(input.resource.attributes, "billingInfo", {}), "billingEnabled", false) == true
	count(object.get(input.resource.attributes, "budgets", [])) == 0
	result := {
		"msg": sprintf("Project %s is billed to %s but no budget covers it", [input.resource.id, input.resource.attributes.billingInfo.billingAccountName]),
		"evidence": {"attribute": "budgets", "value": []},
	}
}
