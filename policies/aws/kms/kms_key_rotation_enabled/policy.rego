# METADATA
# scope: package
# title: Automatic rotation is enabled for customer-managed symmetric KMS keys
# description: An enabled customer-managed key with KeySpec SYMMETRIC_DEFAULT must have automatic key rotation
#   turned on.
# custom:
#   id: kms_key_rotation_enabled
#   severity: medium
#   resource_types:
#   - aws.kms.key
#   risk: Key material that never rotates protects ever more data over ever more years; a compromise of
#     the material exposes all of it.
#   remediation:
#     text: Enable automatic rotation on the key (yearly by default, configurable from 90 to 2560 days).
#     cli: aws kms enable-key-rotation --key-id <key-id>
#     terraform: |
#       resource "aws_kms_key" "app" {
#         description         = "app data"
#         enable_key_rotation = true
#       }
#     url: https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html
#   categories:
#   - encryption
package vigil.aws.kms.kms_key_rotation_enabled

# Key fields are read from the attributes, or from a nested KeyMetadata object when the
# collector kept DescribeKey's shape.
field(name) := input.resource.attributes[name]

field(name) := input.resource.attributes.KeyMetadata[name] if not has_field(name)

has_field(name) if _ = input.resource.attributes[name]

deny contains result if {
	field("KeySpec") == "SYMMETRIC_DEFAULT"
	field("KeyState") == "Enabled"
	input.resource.attributes.KeyRotationEnabled == false
	result := {
		"msg": sprintf("KMS key %s has automatic rotation disabled", [input.resource.id]),
		"evidence": {"KeyRotationEnabled": false, "KeySpec": "SYMMETRIC_DEFAULT", "KeyState": "Enabled"},
	}
}
