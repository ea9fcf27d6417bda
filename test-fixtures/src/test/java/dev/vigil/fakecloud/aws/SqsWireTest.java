package dev.vigil.fakecloud.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.fakecloud.org.AccountResources;
import dev.vigil.fakecloud.org.Plant;
import dev.vigil.fakecloud.org.Queue;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueDoesNotExistException;
import software.amazon.awssdk.services.sqs.model.SqsException;

/** The SDK's SQS client (AWS JSON 1.0) against the fake: paging, attributes, dead-letter sources, errors. */
class SqsWireTest extends WireTestBase {

    private SqsClient client(AccountResources r, String region) {
        return clients.build(SqsClient.builder(), assume(r.accountId()), region);
    }

    private static String home(AccountResources r) {
        return r.regions().entrySet().stream().filter(e -> !e.getValue().messaging().queues().isEmpty())
                .map(Map.Entry::getKey).findFirst().orElseThrow();
    }

    private static Map<String, String> attributes(SqsClient sqs, String url) {
        return sqs.getQueueAttributes(b -> b.queueUrl(url).attributeNames(QueueAttributeName.ALL)).attributesAsStrings();
    }

    @Test
    void listsEveryQueueOnePageAtATimeWithItsAttributes() {
        AccountResources r = plantedWith(Plant.SQS_UNENCRYPTED);
        String region = home(r);
        SqsClient sqs = client(r, region);
        List<String> urls = sqs.listQueuesPaginator(b -> b.maxResults(1)).stream()
                .flatMap(p -> p.queueUrls().stream()).toList();
        List<Queue> model = r.region(region).messaging().queues();
        assertThat(urls).containsExactlyElementsOf(model.stream().map(q -> q.url(region, r.accountId())).toList());
        Map<String, String> orders = attributes(sqs, urls.get(0));
        assertThat(orders).containsEntry("QueueArn", "arn:aws:sqs:" + region + ":" + r.accountId() + ":orders")
                .containsEntry("SqsManagedSseEnabled", "false").containsKey("KmsMasterKeyId")
                .containsEntry("RedrivePolicy", "{\"deadLetterTargetArn\":\"arn:aws:sqs:" + region + ":"
                        + r.accountId() + ":orders-dlq\",\"maxReceiveCount\":5}");
        assertThat(orders.get("Policy")).contains("sns.amazonaws.com");
        Map<String, String> legacy = attributes(sqs, "https://sqs." + region + ".amazonaws.com/" + r.accountId()
                + "/legacy-jobs");
        assertThat(legacy).containsEntry("SqsManagedSseEnabled", "false").doesNotContainKey("KmsMasterKeyId");
        assertThat(sqs.listQueues(b -> b.queueNamePrefix("orders")).queueUrls()).hasSize(2);
    }

    @Test
    void deadLetterQueuesKnowTheirSources() {
        AccountResources r = plantedWith(Plant.SQS_NO_DEAD_LETTER_QUEUE);
        String region = home(r);
        SqsClient sqs = client(r, region);
        String base = "https://sqs." + region + ".amazonaws.com/" + r.accountId() + "/";
        assertThat(sqs.listDeadLetterSourceQueuesPaginator(b -> b.queueUrl(base + "orders-dlq").maxResults(1)).stream()
                .flatMap(p -> p.queueUrls().stream()).toList()).contains(base + "orders", base + "events")
                .doesNotContain(base + "batch-jobs");
        assertThat(sqs.listDeadLetterSourceQueues(b -> b.queueUrl(base + "events")).queueUrls()).isEmpty();
        assertThat(attributes(sqs, base + "batch-jobs")).doesNotContainKey("RedrivePolicy");
        assertThat(attributes(sqs, base + "orders-dlq")).containsEntry("SqsManagedSseEnabled", "true")
                .doesNotContainKey("Policy");
    }

    @Test
    void unknownQueuesAndWritesAreRefused() {
        AccountResources r = plantedWith(Plant.SQS_PUBLIC_POLICY);
        String region = home(r);
        SqsClient sqs = client(r, region);
        String base = "https://sqs." + region + ".amazonaws.com/" + r.accountId() + "/";
        assertThat(attributes(sqs, base + "public-intake").get("Policy")).doesNotContain("Condition");
        assertThatThrownBy(() -> attributes(sqs, base + "missing")).isInstanceOf(QueueDoesNotExistException.class);
        assertThatThrownBy(() -> sqs.sendMessage(b -> b.queueUrl(base + "events").messageBody("x")))
                .isInstanceOfSatisfying(SqsException.class,
                        e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDeniedException"));
        assertThat(cloud.calls().mutatingCalls()).anyMatch(c -> c.startsWith("sqs:SendMessage"));
    }
}
