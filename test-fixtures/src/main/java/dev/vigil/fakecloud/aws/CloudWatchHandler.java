package dev.vigil.fakecloud.aws;

import dev.vigil.fakecloud.FakeCloudOptions;
import dev.vigil.fakecloud.org.AccountResources;
import dev.vigil.fakecloud.org.MetricAlarm;
import dev.vigil.fakecloud.org.MonitoringResources;
import dev.vigil.fakecloud.org.SyntheticOrg;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Amazon CloudWatch (Query protocol, API version 2010-08-01): DescribeAlarms (metric alarms). */
public final class CloudWatchHandler implements ServiceHandler {
    public static final String NAMESPACE = "http://monitoring.amazonaws.com/doc/2010-08-01/";

    private final QueryProtocol protocol;
    private final SyntheticOrg org;
    private final FakeCloudOptions options;

    public CloudWatchHandler(QueryProtocol protocol, SyntheticOrg org, FakeCloudOptions options) {
        this.protocol = protocol;
        this.org = org;
        this.options = options;
    }

    @Override
    public Set<String> readOperations() {
        return Set.of("DescribeAlarms");
    }

    @Override
    public AwsResponse handle(AwsRequest request, String operation) {
        if (!"DescribeAlarms".equals(operation)) {
            throw new AwsError(400, "InvalidAction", "Could not find operation " + operation);
        }
        Map<String, String> form = request.form();
        Integer max = Page.intParam(form.get("MaxRecords"));
        if (max != null && (max < 1 || max > 100)) {
            throw new AwsError(400, "InvalidParameterValue", "MaxRecords must be between 1 and 100");
        }
        MonitoringResources m = org.resources(request.accountId()).map(AccountResources::monitoring)
                .filter(x -> x.region().equals(request.region())).orElse(MonitoringResources.NONE);
        // AlarmTypes.member.N: without it only metric alarms are returned, which is all the fake has
        boolean metricAlarms = !form.containsKey("AlarmTypes.member.1") || form.containsValue("MetricAlarm");
        List<MetricAlarm> alarms = metricAlarms ? m.alarms() : List.of();
        Page<MetricAlarm> page = Page.of(alarms, form.get("NextToken"), max, options.maxPageSize(),
                "InvalidNextToken");
        String region = request.region();
        String acct = request.accountId();
        Instant updated = org.generatedAt().minusSeconds(86_400L * 60);
        return protocol.respond(operation, request.requestId(), x -> {
            x.start("MetricAlarms");
            for (MetricAlarm a : page.items()) {
                x.start("member").leaf("AlarmName", a.name()).leaf("AlarmArn", a.arn(region, acct))
                        .leaf("AlarmConfigurationUpdatedTimestamp", updated)
                        .leaf("ActionsEnabled", a.actionsEnabled()).empty("OKActions");
                x.start("AlarmActions");
                a.actions().forEach(action -> x.leaf("member", action));
                x.end().empty("InsufficientDataActions").leaf("StateValue", "OK")
                        .leaf("StateReason", "Threshold Crossed: no datapoints were received")
                        .leaf("StateUpdatedTimestamp", updated).leaf("MetricName", a.metricName())
                        .leaf("Namespace", a.namespace()).leaf("Statistic", "Sum").empty("Dimensions")
                        .leaf("Period", 300).leaf("EvaluationPeriods", 1).leaf("Threshold", 1.0)
                        .leaf("ComparisonOperator", "GreaterThanOrEqualToThreshold")
                        .leaf("TreatMissingData", "notBreaching").end();
            }
            x.end().empty("CompositeAlarms").leaf("NextToken", page.next());
        });
    }
}
