package vigil.aws.ec2.ec2_instance_not_stopped_30_days_test

import data.vigil.aws.ec2.ec2_instance_not_stopped_30_days

# 2026-12-07T00:00:00Z
now_ns := 1796601600000000000

instance(state, reason) := {
	"provider": "aws", "account_id": "111122223333", "region": "eu-west-1", "type": "aws.ec2.instance",
	"id": "i-1", "uid": "arn:aws:ec2:eu-west-1:111122223333:instance/i-1", "name": "i-1", "tags": {},
	"attributes": {"InstanceId": "i-1", "State": {"Name": state}, "StateTransitionReason": reason},
}

deny(state, reason) := result if {
	result := ec2_instance_not_stopped_30_days.deny with input as {"resource": instance(state, reason)}
		with data.vigil.now_ns as now_ns
}

test_stopped_45_days_fails if {
	result := deny("stopped", "User initiated (2026-10-23 08:15:00 GMT)")
	count(result) == 1
	some r in result
	r.evidence.StateTransitionReason == "User initiated (2026-10-23 08:15:00 GMT)"
	contains(r.msg, "44 days")
}

test_stopped_5_days_passes if {
	count(deny("stopped", "User initiated (2026-12-02 10:00:00 GMT)")) == 0
}

test_just_under_and_over_30_days if {
	count(deny("stopped", "User initiated (2026-11-07 00:00:01 GMT)")) == 0
	count(deny("stopped", "User initiated (2026-11-06 23:59:59 GMT)")) == 1
}

test_service_initiated_stop_is_judged_too if {
	count(deny("stopped", "Service initiated (2026-01-02 03:04:05 GMT)")) == 1
}

test_running_instance_with_old_reason_passes if {
	count(deny("running", "User initiated (2026-01-02 03:04:05 GMT)")) == 0
}

test_reason_without_date_is_not_judged if {
	count(deny("stopped", "")) == 0
	count(deny("stopped", "Server.InternalError")) == 0
	count(deny("stopped", null)) == 0
}
