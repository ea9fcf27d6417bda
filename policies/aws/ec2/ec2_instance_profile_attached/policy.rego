# METADATA
# scope: package
# title: EC2 instances use an IAM instance profile
# description: An instance that is not terminated or shutting down (State.Name) must have an IAM instance profile
#   (IamInstanceProfile.Arn), so that software on it gets temporary role credentials instead of stored keys.
# custom:
#   id: ec2_instance_profile_attached
#   severity: medium
#   resource_types:
#   - aws.ec2.instance
#   risk: Software on an instance without a role that calls AWS APIs uses long-lived access keys kept on disk or
#     in user data, where anyone with access to the instance or its images can copy them.
#   remediation:
#     text: Create a role with the permissions the workload needs, wrap it in an instance profile and associate
#       it with the instance; then delete the access keys stored on the instance.
#     cli: aws ec2 associate-iam-instance-profile --instance-id <instance-id> --iam-instance-profile Name=<profile>
#     terraform: |
#       resource "aws_instance" "example" {
#         # ...
#         iam_instance_profile = aws_iam_instance_profile.app.name
#       }
#     url: https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/iam-roles-for-amazon-ec2.html
#   categories:
#   - identity
#   - compute
package vigil.aws.ec2.ec2_instance_profile_attached

import data.vigil.lib.aws.util

gone := {"terminated", "shutting-down"}

state := util.get(util.get(input.resource.attributes, "State", {}), "Name", null)

profile_arn := util.get(util.get(input.resource.attributes, "IamInstanceProfile", {}), "Arn", null)

has_profile if {
	is_string(profile_arn)
	profile_arn != ""
}

deny contains result if {
	not state in gone
	not has_profile
	result := {
		"msg": sprintf("EC2 instance %s (%s) has no IAM instance profile", [input.resource.id, state]),
		"evidence": {"IamInstanceProfile": object.get(input.resource.attributes, "IamInstanceProfile", null), "State.Name": state},
	}
}
