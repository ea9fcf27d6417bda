# METADATA
# scope: package
# title: Root user MFA is a hardware device, not a virtual one
# description: No assigned virtual MFA device (ListVirtualMFADevices, AssignmentStatus Assigned) may belong to the
#   root user (User.Arn arn:<partition>:iam::<account>:root). A root without any MFA is iam_root_mfa_enabled's
#   finding; CIS 2.6 maps both checks.
# custom:
#   id: iam_root_hardware_mfa_enabled
#   severity: high
#   resource_types:
#   - aws.iam.account
#   risk: A virtual MFA seed lives on a phone or laptop that is backed up, synced and shared; whoever copies it
#     and phishes the root password owns the account. A hardware key kept in a safe cannot be cloned remotely.
#   remediation:
#     text: Sign in as the root user, remove the virtual MFA device and register a hardware TOTP token or a
#       FIDO2 security key; keep it (and a second one) in a safe for break-glass use.
#     cli: |-
#       # Root MFA devices can only be changed by the root user in the console:
#       # https://console.aws.amazon.com/iam/home#/security_credentials
#     terraform: '# Root MFA cannot be managed with Terraform; replace the device in the console as the root user.'
#     url: https://docs.aws.amazon.com/IAM/latest/UserGuide/enable-hw-mfa-for-root.html
#   categories:
#   - identity
package vigil.aws.iam.iam_root_hardware_mfa_enabled

import data.vigil.lib.aws.util

deny contains result if {
	some i, device in util.array_or_empty(input.resource.attributes.VirtualMFADevices)
	is_string(device.UserArn)
	regex.match(`^arn:aws[a-z-]*:iam::[0-9]{12}:root$`, device.UserArn)
	result := {
		"msg": sprintf("Root user of account %s uses a virtual MFA device (%s), not a hardware one", [input.resource.id, device.SerialNumber]),
		"evidence": {"attribute": sprintf("VirtualMFADevices[%d]", [i]), "value": device},
	}
}
