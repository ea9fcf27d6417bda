# METADATA
# scope: package
# title: EC2 instances require IMDSv2
# description: An instance whose metadata endpoint is not disabled must require session tokens (MetadataOptions.HttpTokens
#   = required).
# custom:
#   id: ec2_instance_imdsv2_required
#   severity: high
#   resource_types:
#   - aws.ec2.instance
#   risk: IMDSv1 answers plain GET requests, so an SSRF flaw in any application on the instance can leak
#     the instance role's credentials.
#   remediation:
#     text: Require IMDSv2 on the instance (and set it as the default for new instances in the account or
#       in launch templates).
#     cli: aws ec2 modify-instance-metadata-options --instance-id <instance-id> --http-tokens required --http-endpoint
#       enabled
#     terraform: |
#       resource "aws_instance" "app" {
#         # ...
#         metadata_options {
#           http_endpoint = "enabled"
#           http_tokens   = "required"
#         }
#       }
#     url: https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-IMDS-existing-instances.html
#   categories:
#   - compute
package vigil.aws.ec2.ec2_instance_imdsv2_required

deny contains result if {
	options := input.resource.attributes.MetadataOptions
	is_object(options)
	endpoint := object.get(options, "HttpEndpoint", null)
	tokens := object.get(options, "HttpTokens", null)
	endpoint != "disabled"
	tokens != "required"
	result := {
		"msg": sprintf("EC2 instance %s allows IMDSv1 (HttpTokens %v, HttpEndpoint %v)", [input.resource.id, tokens, endpoint]),
		"evidence": {"MetadataOptions.HttpTokens": tokens, "MetadataOptions.HttpEndpoint": endpoint},
	}
}
