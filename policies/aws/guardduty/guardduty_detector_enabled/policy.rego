# METADATA
# scope: package
# title: GuardDuty is enabled in every region
# description: Each enabled region must have a GuardDuty detector whose status is ENABLED (ListDetectors, GetDetector).
# custom:
#   id: guardduty_detector_enabled
#   severity: high
#   resource_types:
#   - aws.securitybaseline.region
#   risk: Without an enabled detector, GuardDuty does not analyse CloudTrail, VPC flow and DNS logs in the
#     region; compromised credentials, crypto-mining and reconnaissance there go undetected, and attackers
#     favour regions nobody watches.
#   remediation:
#     text: Enable GuardDuty in every enabled region, preferably from a delegated administrator with auto-enable
#       for the organization's accounts.
#     cli: aws guardduty create-detector --enable --region <region>
#     terraform: |
#       resource "aws_guardduty_detector" "this" {
#         enable = true
#       }
#     url: https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_settingup.html
#   categories:
#   - logging
#   - governance
package vigil.aws.guardduty.guardduty_detector_enabled

enabled if {
	some detector in input.resource.attributes.GuardDutyDetectors
	detector.Status == "ENABLED"
}

deny contains result if {
	detectors := input.resource.attributes.GuardDutyDetectors
	not enabled
	result := {
		"msg": sprintf("GuardDuty has no enabled detector in region %s", [input.resource.id]),
		"evidence": {"detectors": [{"DetectorId": d.DetectorId, "Status": d.Status} | some d in detectors]},
	}
}
