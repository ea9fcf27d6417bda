package dev.vigil.fakecloud.aws;

import dev.vigil.fakecloud.FakeCloudOptions;
import dev.vigil.fakecloud.org.AccountResources;
import dev.vigil.fakecloud.org.MonitoringResources;
import dev.vigil.fakecloud.org.SnsTopic;
import dev.vigil.fakecloud.org.SyntheticOrg;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Amazon SNS (Query protocol, API version 2010-03-31): topics, their attributes and subscriptions. */
public final class SnsHandler implements ServiceHandler {
    public static final String NAMESPACE = "http://sns.amazonaws.com/doc/2010-03-31/";
    private static final int PAGE = 100;

    private final QueryProtocol protocol;
    private final SyntheticOrg org;
    private final FakeCloudOptions options;

    public SnsHandler(QueryProtocol protocol, SyntheticOrg org, FakeCloudOptions options) {
        this.protocol = protocol;
        this.org = org;
        this.options = options;
    }

    @Override
    public Set<String> readOperations() {
        return Set.of("ListTopics", "GetTopicAttributes", "ListSubscriptionsByTopic");
    }

    @Override
    public AwsResponse handle(AwsRequest request, String operation) {
        String region = request.region();
        String acct = request.accountId();
        List<SnsTopic> topics = org.resources(acct).map(AccountResources::monitoring)
                .filter(m -> m.region().equals(region)).orElse(MonitoringResources.NONE).topics();
        Map<String, String> form = request.form();
        int size = Math.min(PAGE, options.maxPageSize());
        return switch (operation) {
            case "ListTopics" -> {
                Page<SnsTopic> page = Page.of(topics, form.get("NextToken"), size, size, "InvalidParameter");
                yield protocol.respond(operation, request.requestId(), x -> {
                    x.start("Topics");
                    page.items().forEach(t -> x.start("member").leaf("TopicArn", t.arn(region, acct)).end());
                    x.end().leaf("NextToken", page.next());
                });
            }
            case "GetTopicAttributes" -> {
                SnsTopic t = find(topics, form.get("TopicArn"), region, acct);
                yield protocol.respond(operation, request.requestId(), x -> {
                    x.start("Attributes");
                    attributes(t, region, acct).forEach((k, v) -> x.start("entry").leaf("key", k).leaf("value", v).end());
                    x.end();
                });
            }
            case "ListSubscriptionsByTopic" -> {
                SnsTopic t = find(topics, form.get("TopicArn"), region, acct);
                Page<String> page = Page.of(subscriptions(t, region, acct), form.get("NextToken"), size, size,
                        "InvalidParameter");
                yield protocol.respond(operation, request.requestId(), x -> {
                    x.start("Subscriptions");
                    for (String arn : page.items()) {
                        x.start("member").leaf("TopicArn", t.arn(region, acct)).leaf("Protocol", "email")
                                .leaf("SubscriptionArn", arn).leaf("Owner", acct)
                                .leaf("Endpoint", "secops+" + t.name() + "@example.com").end();
                    }
                    x.end().leaf("NextToken", page.next());
                });
            }
            default -> throw new AwsError(400, "InvalidAction", "Could not find operation " + operation);
        };
    }

    private static SnsTopic find(List<SnsTopic> topics, String arn, String region, String acct) {
        if (arn == null || arn.isEmpty()) {
            throw new AwsError(400, "InvalidParameter", "Invalid parameter: TopicArn");
        }
        return topics.stream().filter(t -> t.arn(region, acct).equals(arn)).findFirst()
                .orElseThrow(() -> new AwsError(404, "NotFound", "Topic does not exist"));
    }

    /** Confirmed subscriptions by ARN, then the pending ones as {@code PendingConfirmation}. */
    private static List<String> subscriptions(SnsTopic t, String region, String acct) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < t.confirmed(); i++) {
            out.add(t.arn(region, acct) + ":" + UUID.nameUUIDFromBytes((t.name() + i).getBytes()));
        }
        for (int i = 0; i < t.pending(); i++) {
            out.add("PendingConfirmation");
        }
        return out;
    }

    private static Map<String, String> attributes(SnsTopic t, String region, String acct) {
        String arn = t.arn(region, acct);
        Map<String, String> a = new LinkedHashMap<>();
        a.put("Policy", t.policy() != null ? t.policy() : defaultPolicy(arn, acct));
        a.put("Owner", acct);
        a.put("SubscriptionsPending", String.valueOf(t.pending()));
        a.put("TopicArn", arn);
        a.put("EffectiveDeliveryPolicy", "{\"http\":{\"defaultHealthyRetryPolicy\":{\"minDelayTarget\":20,"
                + "\"maxDelayTarget\":20,\"numRetries\":3}}}");
        a.put("SubscriptionsConfirmed", String.valueOf(t.confirmed()));
        a.put("DisplayName", "");
        a.put("SubscriptionsDeleted", "0");
        if (t.kmsKeyId() != null) {
            a.put("KmsMasterKeyId", t.kmsKeyId());
        }
        return a;
    }

    /** The policy SNS gives a new topic: the owner account only. */
    static String defaultPolicy(String arn, String acct) {
        return "{\"Version\":\"2008-10-17\",\"Id\":\"__default_policy_ID\",\"Statement\":[{\"Sid\":"
                + "\"__default_statement_ID\",\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"*\"},\"Action\":["
                + "\"SNS:GetTopicAttributes\",\"SNS:SetTopicAttributes\",\"SNS:AddPermission\","
                + "\"SNS:RemovePermission\",\"SNS:DeleteTopic\",\"SNS:Subscribe\",\"SNS:ListSubscriptionsByTopic\","
                + "\"SNS:Publish\"],\"Resource\":\"" + arn + "\",\"Condition\":{\"StringEquals\":{"
                + "\"AWS:SourceOwner\":\"" + acct + "\"}}}]}";
    }
}
