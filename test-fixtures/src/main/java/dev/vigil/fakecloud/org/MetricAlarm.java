package dev.vigil.fakecloud.org;

import java.util.List;

/** A CloudWatch metric alarm; {@code actions} are its AlarmActions (SNS topic ARNs). */
public record MetricAlarm(String name, String metricName, String namespace, boolean actionsEnabled,
        List<String> actions) {

    public String arn(String region, String accountId) {
        return "arn:aws:cloudwatch:" + region + ":" + accountId + ":alarm:" + name;
    }
}
