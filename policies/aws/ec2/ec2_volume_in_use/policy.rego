# METADATA
# scope: package
# title: EBS volumes are attached
# description: An EBS volume must not sit unattached - State "available" (DescribeVolumes) fails; "in-use",
#   "creating" and the other states pass.
# custom:
#   id: ec2_volume_in_use
#   severity: low
#   resource_types:
#   - aws.ec2.volume
#   risk: An unattached volume is billed for every provisioned GiB while serving nothing, and keeps data nobody
#     watches any more - often forgotten when an instance was terminated.
#   remediation:
#     text: Attach the volume where it is needed, or snapshot it (if its data must be kept) and delete it.
#     cli: |-
#       aws ec2 create-snapshot --volume-id <vol-id> --description "before deleting unattached volume"
#       aws ec2 delete-volume --volume-id <vol-id>
#     terraform: '# Remove the aws_ebs_volume resource that has no aws_volume_attachment (snapshot it first if needed).'
#     url: https://docs.aws.amazon.com/ebs/latest/userguide/ebs-deleting-volume.html
#   categories:
#   - cost
#   - data-protection
package vigil.aws.ec2.ec2_volume_in_use

deny contains result if {
	input.resource.attributes.State == "available"
	result := {
		"msg": sprintf("EBS volume %s (%v GiB) is not attached to any instance", [input.resource.id, object.get(input.resource.attributes, "Size", "?")]),
		"evidence": {"State": "available"},
	}
}
