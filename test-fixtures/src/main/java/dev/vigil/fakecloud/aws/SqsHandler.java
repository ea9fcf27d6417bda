package dev.vigil.fakecloud.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.fakecloud.FakeCloudOptions;
import dev.vigil.fakecloud.org.MessagingResources;
import dev.vigil.fakecloud.org.Queue;
import dev.vigil.fakecloud.org.RegionResources;
import dev.vigil.fakecloud.org.SyntheticOrg;
import java.util.List;
import java.util.Set;

/**
 * Amazon SQS in AWS JSON 1.0 ({@code AmazonSQS.<Operation>}, errors as {@code com.amazonaws.sqs#<code>}), the
 * protocol the SDK's SQS client speaks: ListQueues (paged), GetQueueAttributes and ListDeadLetterSourceQueues of the
 * caller's account and region. Every attribute value is a string, as SQS sends them.
 */
public final class SqsHandler implements ServiceHandler {
    public static final String ERROR_NAMESPACE = "com.amazonaws.sqs#";

    private final SyntheticOrg org;
    private final JsonPages pages;

    public SqsHandler(SyntheticOrg org, FakeCloudOptions options) {
        this.org = org;
        this.pages = new JsonPages(options.maxPageSize());
    }

    @Override
    public Set<String> readOperations() {
        return Set.of("ListQueues", "GetQueueAttributes", "ListDeadLetterSourceQueues");
    }

    @Override
    public AwsResponse handle(AwsRequest request, String operation) {
        JsonNode in = JsonProtocol.body(request);
        List<Queue> queues = org.resources(request.accountId()).map(r -> r.region(request.region()))
                .map(RegionResources::messaging).orElse(MessagingResources.NONE).queues();
        String region = request.region();
        String account = request.accountId();
        ObjectNode out = switch (operation) {
            case "ListQueues" -> {
                String prefix = JsonPages.text(in, "QueueNamePrefix");
                List<Queue> matching = prefix == null ? queues
                        : queues.stream().filter(q -> q.name().startsWith(prefix)).toList();
                yield pages.page(in, matching, "QueueUrls", "NextToken", "MaxResults", "NextToken",
                        "InvalidParameterValue", (list, q) -> list.add(q.url(region, account)));
            }
            case "GetQueueAttributes" -> {
                Queue q = find(queues, JsonPages.required(in, "QueueUrl"), region, account);
                ObjectNode o = JsonProtocol.object();
                attributes(o.putObject("Attributes"), q, region, account);
                yield o;
            }
            case "ListDeadLetterSourceQueues" -> {
                Queue dlq = find(queues, JsonPages.required(in, "QueueUrl"), region, account);
                List<Queue> sources = queues.stream().filter(q -> dlq.name().equals(q.deadLetterTarget())).toList();
                yield pages.page(in, sources, "queueUrls", "NextToken", "MaxResults", "NextToken",
                        "InvalidParameterValue", (list, q) -> list.add(q.url(region, account)));
            }
            default -> throw new AwsError(400, "UnknownOperationException", operation);
        };
        return Json10Protocol.respond(out);
    }

    private static Queue find(List<Queue> queues, String url, String region, String account) {
        return queues.stream().filter(q -> q.url(region, account).equals(url)).findFirst()
                .orElseThrow(() -> new AwsError(400, "QueueDoesNotExist", "The specified queue does not exist."));
    }

    private static void attributes(ObjectNode a, Queue q, String region, String account) {
        long created = q.created().getEpochSecond();
        a.put("QueueArn", q.arn(region, account)).put("ApproximateNumberOfMessages", "3")
                .put("ApproximateNumberOfMessagesNotVisible", "0").put("ApproximateNumberOfMessagesDelayed", "0")
                .put("CreatedTimestamp", Long.toString(created))
                .put("LastModifiedTimestamp", Long.toString(created + 86_400)).put("VisibilityTimeout", "30")
                .put("MaximumMessageSize", "262144").put("MessageRetentionPeriod", "345600").put("DelaySeconds", "0")
                .put("ReceiveMessageWaitTimeSeconds", "20").put("SqsManagedSseEnabled", Boolean.toString(q.sqsManagedSse()));
        if (q.kmsKeyId() != null) {
            a.put("KmsMasterKeyId", q.kmsKeyId()).put("KmsDataKeyReusePeriodSeconds", "300");
        }
        if (q.policy() != null) {
            a.put("Policy", q.policy());
        }
        if (q.deadLetterTarget() != null) {
            a.put("RedrivePolicy", "{\"deadLetterTargetArn\":\"arn:aws:sqs:" + region + ":" + account + ":"
                    + q.deadLetterTarget() + "\",\"maxReceiveCount\":5}");
        }
    }
}
