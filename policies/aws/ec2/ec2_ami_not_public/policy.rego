# METADATA
# scope: package
# title: Own AMIs are not public
# description: An AMI the account owns (DescribeImages with Owners=self) must not be public (PublicLaunchPermissions
#   = true - the API's "Public" member as the AWS SDK names it - i.e. its launch permission holds the group "all").
# custom:
#   id: ec2_ami_not_public
#   severity: critical
#   resource_types:
#   - aws.ec2.image
#   risk: Any AWS account can launch a public AMI and read everything baked into its disks - application code,
#     configuration files, credentials and keys left on the image.
#   remediation:
#     text: Remove the "all" group from the image's launch permission and share it with named accounts or the
#       organization only; turn on the account's block public access for AMIs.
#     cli: |-
#       aws ec2 modify-image-attribute --image-id <ami-id> --launch-permission "Remove=[{Group=all}]"
#       aws ec2 enable-image-block-public-access --image-block-public-access-state block-new-sharing
#     terraform: |
#       resource "aws_ami_launch_permission" "partner" {
#         image_id   = aws_ami_from_instance.golden.id
#         account_id = "444455556666" # named accounts only, never group = "all"
#       }
#     url: https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/sharingamis-intro.html
#   categories:
#   - public-exposure
#   - compute
package vigil.aws.ec2.ec2_ami_not_public

deny contains result if {
	input.resource.attributes.PublicLaunchPermissions == true
	result := {
		"msg": sprintf("AMI %s (%s) is public: any AWS account can launch it", [input.resource.id, object.get(input.resource.attributes, "Name", "")]),
		"evidence": {"PublicLaunchPermissions": true},
	}
}
