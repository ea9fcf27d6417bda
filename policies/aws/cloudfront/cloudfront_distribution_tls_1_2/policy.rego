# METADATA
# scope: package
# title: CloudFront distributions require TLSv1.2_2021 or newer from viewers
# description: ViewerCertificate.MinimumProtocolVersion must be TLSv1.2_2021, TLSv1.2_2025 or TLSv1.3_2025. SSLv3, TLSv1,
#   TLSv1_2016, TLSv1.1_2016, TLSv1.2_2018 and TLSv1.2_2019 fail, and so does the default *.cloudfront.net
#   certificate (CloudFrontDefaultCertificate), which AWS reports with TLSv1.
# custom:
#   id: cloudfront_distribution_tls_1_2
#   severity: medium
#   resource_types:
#   - aws.cloudfront.distribution
#   risk: Older protocol versions and their cipher suites (TLS 1.0/1.1, CBC suites of the 2018/2019 policies) let
#     an attacker downgrade viewers to weaker cryptography.
#   remediation:
#     text: Use an ACM certificate with SNI and the TLSv1.2_2021 (or newer) security policy.
#     cli: aws cloudfront get-distribution-config --id <id> > cfg.json, set ViewerCertificate.MinimumProtocolVersion to
#       TLSv1.2_2021, then aws cloudfront update-distribution --id <id> --if-match <etag> --distribution-config file://cfg.json
#     terraform: |
#       resource "aws_cloudfront_distribution" "site" {
#         viewer_certificate {
#           acm_certificate_arn      = aws_acm_certificate.site.arn
#           ssl_support_method       = "sni-only"
#           minimum_protocol_version = "TLSv1.2_2021"
#         }
#       }
#     url: https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/secure-connections-supported-viewer-protocols-ciphers.html
#   categories:
#   - encryption
package vigil.aws.cloudfront.cloudfront_distribution_tls_1_2

modern := {"TLSv1.2_2021", "TLSv1.2_2025", "TLSv1.3_2025"}

certificate := input.resource.attributes.ViewerCertificate

deny contains result if {
	not certificate.MinimumProtocolVersion in modern
	result := {
		"msg": sprintf("CloudFront distribution %s accepts viewers on %s (older than TLSv1.2_2021)", [input.resource.id, certificate.MinimumProtocolVersion]),
		"evidence": {"MinimumProtocolVersion": certificate.MinimumProtocolVersion, "CloudFrontDefaultCertificate": object.get(certificate, "CloudFrontDefaultCertificate", false)},
	}
}
