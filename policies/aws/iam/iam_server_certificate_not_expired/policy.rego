# METADATA
# scope: package
# title: Expired SSL/TLS certificates are removed from IAM
# description: An IAM server certificate (ListServerCertificates) whose Expiration lies before now must be
#   deleted.
# custom:
#   id: iam_server_certificate_not_expired
#   severity: medium
#   resource_types:
#   - aws.iam.server_certificate
#   risk: An expired certificate that is still stored can be deployed to a load balancer or CloudFront by
#     mistake, breaking TLS for clients or teaching them to click through certificate warnings.
#   remediation:
#     text: Delete the expired server certificate after moving any listener that still uses it to a current
#       certificate (preferably one issued by ACM).
#     cli: aws iam delete-server-certificate --server-certificate-name <name>
#     terraform: '# Remove the aws_iam_server_certificate resource of the expired certificate.'
#     url: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_server-certs.html
#   categories:
#   - encryption
package vigil.aws.iam.iam_server_certificate_not_expired

import data.vigil.lib.aws.dates

deny contains result if {
	expiration := input.resource.attributes.Expiration
	dates.older_than_days(expiration, 0)
	result := {
		"msg": sprintf("IAM server certificate %s expired %d days ago (%s)", [input.resource.id, dates.age_days(expiration), expiration]),
		"evidence": {"Expiration": expiration},
	}
}
