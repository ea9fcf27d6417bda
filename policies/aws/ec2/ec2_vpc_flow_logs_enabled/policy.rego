# METADATA
# scope: package
# title: VPC flow logs are enabled
# description: Every VPC must have at least one flow log (FlowLogs is not empty).
# custom:
#   id: ec2_vpc_flow_logs_enabled
#   severity: medium
#   resource_types:
#   - aws.ec2.vpc
#   risk: Without flow logs there is no record of network connections, so exfiltration, scanning and lateral
#     movement cannot be detected or investigated.
#   remediation:
#     text: Create a flow log for the VPC capturing at least REJECT (ideally ALL) traffic to CloudWatch
#       Logs or S3.
#     cli: aws ec2 create-flow-logs --resource-type VPC --resource-ids <vpc-id> --traffic-type ALL --log-destination-type
#       s3 --log-destination arn:aws:s3:::<bucket>
#     terraform: |
#       resource "aws_flow_log" "vpc" {
#         vpc_id               = aws_vpc.main.id
#         traffic_type         = "ALL"
#         log_destination_type = "s3"
#         log_destination      = aws_s3_bucket.flow_logs.arn
#       }
#     url: https://docs.aws.amazon.com/vpc/latest/userguide/flow-logs.html
#   categories:
#   - logging
#   - network
package vigil.aws.ec2.ec2_vpc_flow_logs_enabled

deny contains result if {
	flow_logs := input.resource.attributes.FlowLogs
	is_array(flow_logs)
	count(flow_logs) == 0
	result := {
		"msg": sprintf("VPC %s has no flow logs", [input.resource.id]),
		"evidence": {"FlowLogs": flow_logs},
	}
}
