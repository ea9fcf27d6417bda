# METADATA
# scope: package
# title: Launch templates require IMDSv2
# description: The default version of a launch template (DefaultVersion, from DescribeLaunchTemplateVersions
#   $Default) must set LaunchTemplateData.MetadataOptions.HttpTokens to "required", unless it turns the metadata
#   endpoint off (HttpEndpoint "disabled"). A version without MetadataOptions leaves the choice to the AMI and the
#   account default, so it fails too.
# custom:
#   id: ec2_launch_template_imdsv2_required
#   severity: high
#   resource_types:
#   - aws.ec2.launch_template
#   risk: Every instance launched from the template (Auto Scaling groups included) answers IMDSv1, so a server-side
#     request forgery in any application on it can read the instance role's credentials.
#   remediation:
#     text: Create a new template version with HttpTokens required and make it the default.
#     cli: |-
#       aws ec2 create-launch-template-version --launch-template-id <lt-id> --source-version '$Default' --launch-template-data '{"MetadataOptions":{"HttpTokens":"required","HttpEndpoint":"enabled"}}'
#       aws ec2 modify-launch-template --launch-template-id <lt-id> --default-version <new-version>
#     terraform: |
#       resource "aws_launch_template" "app" {
#         metadata_options {
#           http_endpoint = "enabled"
#           http_tokens   = "required"
#         }
#       }
#     url: https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-IMDS-new-instances.html
#   categories:
#   - compute
#   - identity
package vigil.aws.ec2.ec2_launch_template_imdsv2_required

import data.vigil.lib.aws.util

version := input.resource.attributes.DefaultVersion

options := util.get(util.get(version, "LaunchTemplateData", {}), "MetadataOptions", {})

deny contains result if {
	is_object(version)
	util.get(options, "HttpEndpoint", null) != "disabled"
	tokens := util.get(options, "HttpTokens", null)
	tokens != "required"
	result := {
		"msg": sprintf("Launch template %s: default version %v does not require IMDSv2 (HttpTokens %v)", [input.resource.id, util.get(version, "VersionNumber", "?"), tokens]),
		"evidence": {"DefaultVersion.VersionNumber": util.get(version, "VersionNumber", null), "MetadataOptions.HttpTokens": tokens},
	}
}
