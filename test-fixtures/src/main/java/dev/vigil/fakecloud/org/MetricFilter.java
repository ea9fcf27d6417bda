package dev.vigil.fakecloud.org;

import java.time.Instant;

/** A CloudWatch Logs metric filter with one metric transformation. */
public record MetricFilter(String name, String logGroup, String pattern, String metricName, String namespace,
        Instant created) {
}
