# METADATA
# scope: package
# title: Launch templates do not assign public IP addresses
# description: No network interface of a launch template's default version (DefaultVersion.LaunchTemplateData
#   .NetworkInterfaces) may set AssociatePublicIpAddress to true. Without the flag the subnet's setting decides,
#   which ec2_instance_no_public_ip judges on the instances.
# custom:
#   id: ec2_launch_template_no_public_ip
#   severity: medium
#   resource_types:
#   - aws.ec2.launch_template
#   risk: Every instance launched from the template gets an internet-routable address, so a single permissive
#     security group rule exposes the whole fleet.
#   remediation:
#     text: Create a template version whose network interfaces set AssociatePublicIpAddress to false, make it the
#       default, and put internet-facing traffic behind a load balancer.
#     cli: aws ec2 create-launch-template-version --launch-template-id <lt-id> --source-version '$Default'
#       --launch-template-data '{"NetworkInterfaces":[{"DeviceIndex":0,"AssociatePublicIpAddress":false}]}'
#     terraform: |
#       resource "aws_launch_template" "app" {
#         network_interfaces {
#           associate_public_ip_address = false
#         }
#       }
#     url: https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-instance-addressing.html
#   categories:
#   - network
#   - public-exposure
package vigil.aws.ec2.ec2_launch_template_no_public_ip

import data.vigil.lib.aws.util

version := input.resource.attributes.DefaultVersion

deny contains result if {
	data_ := util.get(version, "LaunchTemplateData", {})
	some i, interface in util.array_or_empty(util.get(data_, "NetworkInterfaces", []))
	interface.AssociatePublicIpAddress == true
	result := {
		"msg": sprintf("Launch template %s: default version %v gives network interface %d a public IP address", [input.resource.id, util.get(version, "VersionNumber", "?"), i]),
		"evidence": {"attribute": sprintf("DefaultVersion.LaunchTemplateData.NetworkInterfaces[%d]", [i]), "value": interface},
	}
}
