# METADATA
# scope: package
# title: ACM-issued certificates are logged to Certificate Transparency
# description: FAIL when Certificate.Type is AMAZON_ISSUED and Certificate.Options.CertificateTransparencyLoggingPreference
#   is DISABLED. Imported and private CA certificates are not judged (ACM does not log them).
# custom:
#   id: acm_certificate_transparency_logging_enabled
#   severity: medium
#   resource_types:
#   - aws.acm.certificate
#   risk: Browsers such as Chrome and Safari refuse publicly trusted certificates that are missing from Certificate
#     Transparency logs, and opting out removes the public record that lets domain owners spot mis-issued
#     certificates.
#   remediation:
#     text: Set the certificate's transparency logging preference to ENABLED (then renew or reissue it so the new
#       certificate is logged).
#     cli: aws acm update-certificate-options --certificate-arn <arn> --options CertificateTransparencyLoggingPreference=ENABLED
#     terraform: |
#       resource "aws_acm_certificate" "site" {
#         domain_name       = "example.com"
#         validation_method = "DNS"
#         options {
#           certificate_transparency_logging_preference = "ENABLED"
#         }
#       }
#     url: https://docs.aws.amazon.com/acm/latest/userguide/acm-concepts.html#concept-transparency
#   categories:
#   - encryption
#   - governance
package vigil.aws.acm.acm_certificate_transparency_logging_enabled

deny contains result if {
	cert := input.resource.attributes.Certificate
	cert.Type == "AMAZON_ISSUED"
	cert.Options.CertificateTransparencyLoggingPreference == "DISABLED"
	result := {
		"msg": sprintf("ACM certificate %s opts out of Certificate Transparency logging", [input.resource.name]),
		"evidence": {"Type": cert.Type, "CertificateTransparencyLoggingPreference": "DISABLED"},
	}
}
