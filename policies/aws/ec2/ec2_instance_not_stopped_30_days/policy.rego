# METADATA
# scope: package
# title: EC2 instances are not left stopped for more than 30 days
# description: An instance in State.Name "stopped" whose stop time lies more than 30 days before the scan fails.
#   EC2 gives the stop time only inside StateTransitionReason, as "User initiated (YYYY-MM-DD hh:mm:ss GMT)"
#   (also for other reasons such as "Service initiated ..."); a stopped instance whose reason carries no such
#   date is not judged.
# custom:
#   id: ec2_instance_not_stopped_30_days
#   severity: low
#   resource_types:
#   - aws.ec2.instance
#   risk: A long-stopped instance still pays for its EBS volumes and Elastic IPs, misses every patch since it
#     stopped and comes back unpatched when someone starts it again.
#   remediation:
#     text: Terminate the instance (after an AMI or snapshot if its state must be kept), or start and patch it if
#       it is still needed.
#     cli: |-
#       aws ec2 create-image --instance-id <instance-id> --name <name>-final
#       aws ec2 terminate-instances --instance-ids <instance-id>
#     terraform: '# Remove the aws_instance resource (or set instance_state to "running" if it is still needed).'
#     url: https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/terminating-instances.html
#   categories:
#   - cost
#   - compute
package vigil.aws.ec2.ec2_instance_not_stopped_30_days

import data.vigil.lib.aws.dates

attributes := input.resource.attributes

max_days := 30

# stopped_at is the RFC 3339 form of the date in StateTransitionReason.
stopped_at := sprintf("%sT%sZ", [m[1], m[2]]) if {
	is_string(attributes.StateTransitionReason)
	some m in regex.find_all_string_submatch_n(`\(([0-9]{4}-[0-9]{2}-[0-9]{2}) ([0-9]{2}:[0-9]{2}:[0-9]{2}) GMT\)`, attributes.StateTransitionReason, 1)
}

deny contains result if {
	attributes.State.Name == "stopped"
	dates.older_than_days(stopped_at, max_days)
	result := {
		"msg": sprintf("EC2 instance %s has been stopped for %d days (since %s; limit %d days)", [input.resource.id, dates.age_days(stopped_at), stopped_at, max_days]),
		"evidence": {"State.Name": "stopped", "StateTransitionReason": attributes.StateTransitionReason},
	}
}
