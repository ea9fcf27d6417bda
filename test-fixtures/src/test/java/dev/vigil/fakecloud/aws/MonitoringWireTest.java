package dev.vigil.fakecloud.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.fakecloud.StaticCredentials;
import dev.vigil.fakecloud.org.AccountResources;
import dev.vigil.fakecloud.org.MetricAlarm;
import dev.vigil.fakecloud.org.MonitoringResources;
import dev.vigil.fakecloud.org.SnsTopic;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.cloudwatchlogs.model.MetricFilter;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.NotFoundException;
import software.amazon.awssdk.services.sns.model.Subscription;

/** The CIS monitoring chain over the wire: CloudWatch Logs (JSON 1.1), CloudWatch and SNS (Query), CloudTrail. */
class MonitoringWireTest extends WireTestBase {

    @Test
    void metricFiltersAlarmsTopicsAndTheTrailsLogGroup() {
        AccountResources r = org.accounts().stream().filter(a -> a.active())
                .map(a -> org.resources(a.id()).orElseThrow()).findFirst().orElseThrow();
        MonitoringResources m = r.monitoring();
        String acct = r.accountId();
        StaticCredentials creds = assume(acct);

        CloudWatchLogsClient logs = clients.build(CloudWatchLogsClient.builder(), creds, m.region());
        List<MetricFilter> filters = logs.describeMetricFiltersPaginator(b -> b.limit(2)).metricFilters().stream()
                .toList();
        assertThat(filters).extracting(MetricFilter::filterPattern)
                .containsExactlyElementsOf(m.filters().stream().map(f -> f.pattern()).toList());
        assertThat(filters).allSatisfy(f -> assertThat(f.metricTransformations().get(0).metricNamespace())
                .isEqualTo("CISBenchmark"));
        assertThat(logs.describeMetricFilters(b -> b.logGroupName("no-such-group")).metricFilters()).isEmpty();
        String other = org.regions().stream().filter(x -> !x.equals(m.region())).findFirst().orElseThrow();
        assertThat(clients.build(CloudWatchLogsClient.builder(), creds, other).describeMetricFilters().metricFilters())
                .isEmpty();

        CloudWatchClient cw = clients.build(CloudWatchClient.builder(), creds, m.region());
        var alarms = cw.describeAlarmsPaginator(b -> b.maxRecords(4)).metricAlarms().stream().toList();
        assertThat(alarms).extracting(a -> a.alarmName())
                .containsExactlyElementsOf(m.alarms().stream().map(MetricAlarm::name).toList());
        MetricAlarm first = m.alarms().get(0);
        assertThat(alarms.get(0).alarmArn()).isEqualTo(first.arn(m.region(), acct));
        assertThat(alarms.get(0).alarmActions()).containsExactlyElementsOf(first.actions());
        assertThat(alarms.get(0).actionsEnabled()).isEqualTo(first.actionsEnabled());
        assertThat(alarms.get(0).metricName()).isEqualTo(first.metricName());

        SnsClient sns = clients.build(SnsClient.builder(), creds, m.region());
        assertThat(sns.listTopicsPaginator().topics().stream().map(t -> t.topicArn()).toList())
                .containsExactlyElementsOf(m.topics().stream().map(t -> t.arn(m.region(), acct)).toList());
        assertThatThrownBy(() -> sns.getTopicAttributes(b -> b.topicArn("arn:aws:sns:" + m.region() + ":" + acct
                + ":nope"))).isInstanceOf(NotFoundException.class);

        CloudTrailClient ct = clients.build(CloudTrailClient.builder(), creds, r.trails().get(0).homeRegion());
        r.trails().stream().filter(t -> t.logGroupArn() != null).forEach(t -> assertThat(ct.describeTrails(
                b -> b.trailNameList(t.name())).trailList().get(0).cloudWatchLogsLogGroupArn())
                .isEqualTo(m.logGroupArn(acct)));
    }

    @Test
    void pendingSubscriptionsAreListedAsPendingConfirmation() {
        boolean seen = false;
        for (var a : org.accounts()) {
            AccountResources r = org.resources(a.id()).orElse(null);
            if (r == null) {
                continue;
            }
            MonitoringResources m = r.monitoring();
            for (SnsTopic t : m.topics()) {
                if (t.pending() == 0) {
                    continue;
                }
                SnsClient sns = clients.build(SnsClient.builder(), assume(r.accountId()), m.region());
                String arn = t.arn(m.region(), r.accountId());
                assertThat(sns.getTopicAttributes(b -> b.topicArn(arn)).attributes())
                        .containsEntry("SubscriptionsPending", String.valueOf(t.pending()))
                        .containsEntry("SubscriptionsConfirmed", String.valueOf(t.confirmed()));
                assertThat(sns.listSubscriptionsByTopicPaginator(b -> b.topicArn(arn)).subscriptions().stream()
                        .map(Subscription::subscriptionArn).filter("PendingConfirmation"::equals).count())
                        .isEqualTo(t.pending());
                seen = true;
            }
        }
        assertThat(seen).as("the demo org plants an alarm notifying an unconfirmed topic").isTrue();
    }
}
