# METADATA
# scope: package
# title: Public Route 53 hosted zones sign their records with DNSSEC
# description: Public zones only (Config.PrivateZone not true). FAIL when DNSSEC.Status.ServeSignature is not SIGNING.
# custom:
#   id: route53_public_hosted_zone_dnssec_signing
#   severity: medium
#   resource_types:
#   - aws.route53.hosted_zone
#   risk: Without DNSSEC, resolvers cannot verify that answers for the zone come from Route 53 unaltered, so DNS
#     spoofing and cache poisoning can send users of the domain to an attacker's servers.
#   remediation:
#     text: Create a key-signing key backed by an asymmetric KMS key in us-east-1, enable DNSSEC signing for the zone,
#       then add the DS record at the parent zone or registrar.
#     cli: aws route53 create-key-signing-key --hosted-zone-id <zone-id> --name ksk1 --key-management-service-arn <kms-key-arn>
#       --status ACTIVE --caller-reference <ref>; aws route53 enable-hosted-zone-dnssec --hosted-zone-id <zone-id>
#     terraform: |
#       resource "aws_route53_key_signing_key" "ksk" {
#         hosted_zone_id             = aws_route53_zone.public.id
#         key_management_service_arn = aws_kms_key.dnssec.arn
#         name                       = "ksk1"
#       }
#       resource "aws_route53_hosted_zone_dnssec" "zone" {
#         hosted_zone_id = aws_route53_key_signing_key.ksk.hosted_zone_id
#       }
#     url: https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/dns-configuring-dnssec.html
#   categories:
#   - network
package vigil.aws.route53.route53_public_hosted_zone_dnssec_signing

deny contains result if {
	not input.resource.attributes.Config.PrivateZone == true
	dnssec := input.resource.attributes.DNSSEC
	status := object.get(object.get(dnssec, "Status", {}), "ServeSignature", null)
	status != "SIGNING"
	result := {
		"msg": sprintf("Public hosted zone %s is not DNSSEC-signed (ServeSignature %v)", [input.resource.name, status]),
		"evidence": {"ServeSignature": status},
	}
}
