# METADATA
# scope: package
# title: No EC2 instances run in a default VPC
# description: For an ACTIVE account, no aws.ec2.instance in input.account_resources whose State.Name is not
#   terminated may have the VpcId of an aws.ec2.vpc of the same region with IsDefault true. Other users of a
#   default VPC (load balancers, Lambda or RDS network interfaces) are not judged.
# custom:
#   id: ec2_account_default_vpc_unused
#   severity: medium
#   resource_types:
#   - aws.account
#   risk: Default VPCs are created with public subnets that assign public IP addresses and an internet gateway on
#     every route table, so workloads placed there are internet-facing by default and outside the network design
#     and its controls.
#   remediation:
#     text: Move the instances to a purpose-built VPC with private subnets, then delete the default VPC (or leave
#       it empty).
#     cli: |-
#       aws ec2 describe-instances --filters Name=vpc-id,Values=<default-vpc-id> --query 'Reservations[].Instances[].InstanceId'
#       aws ec2 delete-vpc --vpc-id <default-vpc-id>
#     terraform: |
#       resource "aws_default_vpc" "default" {
#         force_destroy = true # removes the default VPC once nothing runs in it
#       }
#     url: https://docs.aws.amazon.com/vpc/latest/userguide/default-vpc.html
#   categories:
#   - network
package vigil.aws.ec2.ec2_account_default_vpc_unused

import data.vigil.lib.aws.util

resources := util.get(input, "account_resources", {})

vpcs := util.array_or_empty(util.get(resources, "aws.ec2.vpc", []))

instances := util.array_or_empty(util.get(resources, "aws.ec2.instance", []))

live(instance) if util.get(util.get(instance.attributes, "State", {}), "Name", "") != "terminated"

deny contains result if {
	input.resource.attributes.Status == "ACTIVE"
	some vpc in vpcs
	vpc.attributes.IsDefault == true
	running := sort([i.id |
		some i in instances
		i.region == vpc.region
		i.attributes.VpcId == vpc.id
		live(i)
	])
	count(running) > 0
	result := {
		"msg": sprintf("Default VPC %s in %s of account %s runs %d EC2 instances", [vpc.id, vpc.region, input.resource.id, count(running)]),
		"evidence": {"vpc": vpc.uid, "instances": running},
	}
}
