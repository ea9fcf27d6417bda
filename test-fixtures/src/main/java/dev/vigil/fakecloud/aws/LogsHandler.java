package dev.vigil.fakecloud.aws;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.fakecloud.FakeCloudOptions;
import dev.vigil.fakecloud.org.AccountResources;
import dev.vigil.fakecloud.org.MetricFilter;
import dev.vigil.fakecloud.org.MonitoringResources;
import dev.vigil.fakecloud.org.SyntheticOrg;
import java.util.List;
import java.util.Set;

/** CloudWatch Logs (JSON 1.1, target prefix {@code Logs_20140328}): DescribeMetricFilters. */
public final class LogsHandler implements ServiceHandler {
    private final SyntheticOrg org;
    private final JsonPages pages;

    public LogsHandler(SyntheticOrg org, FakeCloudOptions options) {
        this.org = org;
        this.pages = new JsonPages(Math.min(50, options.maxPageSize()));
    }

    @Override
    public Set<String> readOperations() {
        return Set.of("DescribeMetricFilters");
    }

    @Override
    public AwsResponse handle(AwsRequest request, String operation) {
        JsonNode in = JsonProtocol.body(request);
        if (!"DescribeMetricFilters".equals(operation)) {
            throw new AwsError(400, "UnknownOperationException", operation);
        }
        JsonNode limit = in.get("limit");
        if (limit != null && !limit.isNull() && (limit.asInt() < 1 || limit.asInt() > 50)) {
            throw new AwsError(400, "InvalidParameterException", "limit must be between 1 and 50");
        }
        MonitoringResources m = org.resources(request.accountId()).map(AccountResources::monitoring)
                .filter(x -> x.region().equals(request.region())).orElse(MonitoringResources.NONE);
        String group = JsonPages.text(in, "logGroupName");
        String prefix = JsonPages.text(in, "filterNamePrefix");
        String metric = JsonPages.text(in, "metricName");
        List<MetricFilter> selected = m.filters().stream()
                .filter(f -> group == null || f.logGroup().equals(group))
                .filter(f -> prefix == null || f.name().startsWith(prefix))
                .filter(f -> metric == null || f.metricName().equals(metric)).toList();
        return JsonProtocol.respond(pages.page(in, selected, "metricFilters", "nextToken", "limit", "nextToken",
                "InvalidParameterException", (list, f) -> {
                    var o = list.addObject().put("filterName", f.name()).put("filterPattern", f.pattern())
                            .put("creationTime", f.created().toEpochMilli()).put("logGroupName", f.logGroup());
                    o.putArray("metricTransformations").addObject().put("metricName", f.metricName())
                            .put("metricNamespace", f.namespace()).put("metricValue", "1");
                }));
    }
}
