package dev.vigil.fakecloud.org;

import java.util.List;

/**
 * The CloudWatch and SNS resources of an account, all in one region (the home region, where the trail's log
 * group is).
 *
 * @param logGroup the log group the multi-region trail sends to
 */
public record MonitoringResources(String region, String logGroup, List<MetricFilter> filters,
        List<MetricAlarm> alarms, List<SnsTopic> topics) {
    public static final MonitoringResources NONE = new MonitoringResources("", "", List.of(), List.of(), List.of());

    public String logGroupArn(String accountId) {
        return "arn:aws:logs:" + region + ":" + accountId + ":log-group:" + logGroup + ":*";
    }
}
