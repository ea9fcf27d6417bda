# METADATA
# scope: package
# title: ACM certificates with RSA keys use at least 2048 bits
# description: FAIL when Certificate.KeyAlgorithm is RSA (RSA-<bits> as DescribeCertificate names it, or RSA_<bits>)
#   with fewer than 2048 bits. EC keys are not judged.
# custom:
#   id: acm_certificate_rsa_key_length
#   severity: high
#   resource_types:
#   - aws.acm.certificate
#   risk: RSA keys below 2048 bits are within reach of factoring by well-resourced attackers and are rejected by
#     current browsers and NIST guidance; traffic protected by them can be impersonated or, without forward secrecy,
#     decrypted.
#   remediation:
#     text: Issue or import a replacement certificate with an RSA 2048-bit (or larger) or ECDSA P-256/P-384 key,
#       move the resources using it, then delete the weak certificate.
#     cli: aws acm request-certificate --domain-name <domain> --validation-method DNS --key-algorithm RSA_2048
#     terraform: |
#       resource "aws_acm_certificate" "site" {
#         domain_name       = "example.com"
#         validation_method = "DNS"
#         key_algorithm     = "RSA_2048"
#       }
#     url: https://docs.aws.amazon.com/acm/latest/userguide/acm-certificate.html#algorithms
#   categories:
#   - encryption
package vigil.aws.acm.acm_certificate_rsa_key_length

deny contains result if {
	algorithm := input.resource.attributes.Certificate.KeyAlgorithm
	parts := regex.find_all_string_submatch_n(`^RSA[-_]([0-9]+)$`, algorithm, 1)
	count(parts) == 1
	bits := to_number(parts[0][1])
	bits < 2048
	result := {
		"msg": sprintf("ACM certificate %s has a %d-bit RSA key", [input.resource.name, bits]),
		"evidence": {"KeyAlgorithm": algorithm},
	}
}
