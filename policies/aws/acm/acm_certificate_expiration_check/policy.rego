# METADATA
# scope: package
# title: ACM certificates are not within 30 days of expiry
# description: FAIL when Certificate.Status is ISSUED and Certificate.NotAfter lies less than 30 days after the
#   snapshot's clock (data.vigil.now_ns), whether the certificate is in use or not. Certificates in any other status
#   (EXPIRED, REVOKED, PENDING_VALIDATION, …) are not judged.
# custom:
#   id: acm_certificate_expiration_check
#   severity: high
#   resource_types:
#   - aws.acm.certificate
#   risk: An expiring certificate that is not renewed in time breaks TLS for every load balancer, CloudFront
#     distribution or API that presents it; clients refuse the connection or users learn to click through warnings.
#   remediation:
#     text: Renew the certificate (for ACM-issued ones, fix whatever blocks managed renewal, usually DNS validation
#       records or the certificate not being in use) or import a renewed certificate, then delete the old one.
#     cli: aws acm describe-certificate --certificate-arn <arn> --query Certificate.RenewalSummary; aws acm
#       import-certificate --certificate-arn <arn> --certificate fileb://cert.pem --private-key fileb://key.pem
#     terraform: |
#       resource "aws_acm_certificate" "site" {
#         domain_name       = "example.com"
#         validation_method = "DNS"
#         lifecycle { create_before_destroy = true }
#       }
#     url: https://docs.aws.amazon.com/acm/latest/userguide/managed-renewal.html
#   categories:
#   - encryption
package vigil.aws.acm.acm_certificate_expiration_check

import data.vigil.lib.aws.dates

deny contains result if {
	cert := input.resource.attributes.Certificate
	cert.Status == "ISSUED"
	dates.is_date(cert.NotAfter)
	left := time.parse_rfc3339_ns(cert.NotAfter) - data.vigil.now_ns
	left < 30 * dates.day_ns
	result := {
		"msg": sprintf("ACM certificate %s expires in %d days (%s)", [input.resource.name, floor(left / dates.day_ns), cert.NotAfter]),
		"evidence": {"NotAfter": cert.NotAfter, "Status": cert.Status, "InUseBy": object.get(cert, "InUseBy", [])},
	}
}
