package dev.vigil.collect.aws;

import static dev.vigil.collect.aws.AwsServices.CLOUDWATCH;
import static dev.vigil.collect.aws.AwsServices.LOGS;

import dev.vigil.collect.engine.Extract;
import dev.vigil.collect.engine.Operation;
import dev.vigil.collect.engine.ResourceSpec;
import dev.vigil.collect.engine.ResourceSpec.Uid;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;

/** CloudWatch Logs metric filters and CloudWatch metric alarms, per region (the CIS monitoring section). */
public final class MonitoringSpecs {
    private MonitoringSpecs() {}

    /** Metric filters have no ARN: Vigil's uid is the log group's ARN with {@code :metric-filter:<name>}. */
    public static final ResourceSpec<CloudWatchLogsClient> METRIC_FILTER = ResourceSpec
            .builder("aws.logs.metric_filter", LOGS)
            .list(Operation.of("logs", "DescribeMetricFilters"),
                    c -> c.describeMetricFiltersPaginator(r -> r.limit(50)).metricFilters().stream())
            .id("filterName").name("filterName")
            .uid((account, region, id, item) -> metricFilterUid(account, region,
                    Extract.text(item, "logGroupName"), id))
            .build();

    public static final ResourceSpec<CloudWatchClient> ALARM = ResourceSpec.builder("aws.cloudwatch.alarm", CLOUDWATCH)
            .list(Operation.of("monitoring", "DescribeAlarms", "cloudwatch:DescribeAlarms"),
                    c -> c.describeAlarmsPaginator(r -> r.maxRecords(100)).metricAlarms().stream())
            .id("AlarmName").name("AlarmName")
            .uid(Uid.field("AlarmArn"))
            .build();

    public static String metricFilterUid(String account, String region, String logGroup, String filter) {
        return "arn:aws:logs:" + region + ":" + account + ":log-group:" + logGroup + ":metric-filter:" + filter;
    }
}
