package dev.vigil.fakecloud.org;

import java.util.ArrayList;
import java.util.List;

/**
 * Generates an account's CIS monitoring chain in its home region: the trail's log group with one metric filter per
 * CIS requirement 5.1-5.15, one alarm per filter, and the SNS topic they notify. Clean accounts alternate between
 * CIS's own patterns and equivalent ones; a planted requirement breaks one link of its own chain (which link
 * depends on the requirement and the account), the other fourteen are its clean twins.
 */
final class MonitoringGenerator {
    static final String NAMESPACE = "CISBenchmark";
    /** Topics are encrypted with SNS's AWS-managed key. */
    static final String KMS_KEY = "alias/aws/sns";

    private final AccountContext ctx;
    private final String accountArn;
    private final String region;
    private final List<MetricFilter> filters = new ArrayList<>();
    private final List<MetricAlarm> alarms = new ArrayList<>();
    private final List<SnsTopic> topics = new ArrayList<>();

    MonitoringGenerator(AccountContext ctx, String accountArn) {
        this.ctx = ctx;
        this.accountArn = accountArn;
        this.region = ctx.homeRegion();
    }

    static String logGroup(String accountId) {
        return "aws-cloudtrail-logs-" + accountId;
    }

    MonitoringResources generate() {
        String group = logGroup(ctx.accountId());
        SnsTopic alerts = topic("security-alarms", 1, 0);
        SnsTopic unconfirmed = null;
        // without a multi-region trail no filter on any log group is fed: every requirement fails
        boolean noTrail = ctx.has(Plant.NO_TRAIL) || ctx.has(Plant.SINGLE_REGION_TRAIL);
        for (MonitoringCatalog c : MonitoringCatalog.values()) {
            String pattern = ctx.index() % 2 == 0 ? c.cisPattern : c.equivalentPattern;
            String filterGroup = group;
            boolean filter = true;
            boolean alarm = true;
            boolean actions = true;
            SnsTopic target = alerts;
            if (ctx.has(c.plant)) {
                switch ((c.ordinal() + ctx.index()) % 6) {
                    case 0 -> pattern = c.brokenPattern;
                    case 1 -> filter = false;
                    case 2 -> alarm = false;
                    case 3 -> actions = false;
                    case 4 -> {
                        if (unconfirmed == null) {
                            unconfirmed = topic("unconfirmed-alarms", 0, 1);
                        }
                        target = unconfirmed;
                    }
                    default -> filterGroup = "app-logs-" + ctx.accountId();
                }
                ctx.found(c.plant, accountArn);
            } else if (noTrail) {
                ctx.found(c.plant, accountArn);
            }
            if (filter) {
                filters.add(new MetricFilter(c.metric, filterGroup, pattern, c.metric, NAMESPACE, ctx.daysAgo(200)));
            }
            if (alarm) {
                alarms.add(new MetricAlarm(c.metric + "-alarm", c.metric, NAMESPACE, actions,
                        List.of(target.arn(region, ctx.accountId()))));
            }
        }
        // SNS plants: each topic is security-alarms' twin (SNS-managed KMS key, the default policy) but for one setting
        if (ctx.has(Plant.SNS_UNENCRYPTED)) {
            SnsTopic t = new SnsTopic("app-events", 1, 0, null, null);
            topics.add(t);
            ctx.found(Plant.SNS_UNENCRYPTED, t.arn(region, ctx.accountId()));
        }
        if (ctx.has(Plant.SNS_PUBLIC_POLICY)) {
            String arn = "arn:aws:sns:" + region + ":" + ctx.accountId() + ":public-events";
            SnsTopic t = new SnsTopic("public-events", 1, 0, KMS_KEY, "{\"Version\":\"2012-10-17\",\"Statement\":[{"
                    + "\"Sid\":\"AnyonePublishes\",\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"SNS:Publish\","
                    + "\"Resource\":\"" + arn + "\"}]}");
            topics.add(t);
            ctx.found(Plant.SNS_PUBLIC_POLICY, t.arn(region, ctx.accountId()));
        }
        return new MonitoringResources(region, group, filters, alarms, topics);
    }

    private SnsTopic topic(String name, int confirmed, int pending) {
        SnsTopic t = new SnsTopic(name, confirmed, pending, KMS_KEY, null);
        topics.add(t);
        return t;
    }
}
