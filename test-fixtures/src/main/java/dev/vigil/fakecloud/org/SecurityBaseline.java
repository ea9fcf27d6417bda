package dev.vigil.fakecloud.org;

/**
 * The detective baseline of one region of one account.
 *
 * @param guardDutyStatus  the detector's status ({@code ENABLED}, {@code DISABLED}), null: no detector
 * @param securityHub      subscribed to Security Hub
 * @param configRecorder   an AWS Config recorder recording all supported resource types exists
 * @param configRecording  that recorder is recording
 * @param configGlobal     the recorder also records global (IAM) resource types; true in the home region only
 * @param deliveryChannel  a Config delivery channel exists
 * @param analyzerStatus   the status of the account's external access analyzer ({@code ACTIVE}, ...), null: none
 * @param macieStatus      the Macie session's status ({@code ENABLED}, {@code PAUSED}), null: Macie not enabled
 * @param inspectorScans   the Inspector scan types enabled ({@code EC2}, {@code ECR}, {@code LAMBDA}); empty: off
 */
public record SecurityBaseline(String guardDutyStatus, boolean securityHub, boolean configRecorder,
        boolean configRecording, boolean configGlobal, boolean deliveryChannel, String analyzerStatus,
        String macieStatus, java.util.Set<String> inspectorScans) {

    public String detectorId(String accountId, String region) {
        return java.util.UUID.nameUUIDFromBytes((accountId + "/" + region + "/guardduty")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString().replace("-", "");
    }

    /** The record's uid (Vigil's, as the collector makes it). */
    public static String uid(String accountId, String region) {
        return "arn:aws:securitybaseline:" + region + ":" + accountId + ":region";
    }
}
