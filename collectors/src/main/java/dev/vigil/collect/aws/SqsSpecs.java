package dev.vigil.collect.aws;

import static dev.vigil.collect.aws.AwsServices.SQS;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.collect.engine.Detail;
import dev.vigil.collect.engine.Extract;
import dev.vigil.collect.engine.Operation;
import dev.vigil.collect.engine.ResourceSpec;
import dev.vigil.collect.engine.ResourceSpec.Uid;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.GetQueueUrlResponse;
import software.amazon.awssdk.services.sqs.model.ListDeadLetterSourceQueuesResponse;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * SQS queues, per region: ListQueues gives URLs only, so each URL becomes an item (its name is the URL's last path
 * segment) that GetQueueAttributes ({@code All}: {@code Attributes}, the policy decoded) and ListDeadLetterSourceQueues
 * ({@code DeadLetterSourceQueues}: the URLs of the queues that use this one as their dead-letter queue) fill.
 */
public final class SqsSpecs {
    private SqsSpecs() {}

    static void name(ObjectNode item) {
        String url = Extract.text(item, "QueueUrl");
        item.put("QueueName", url == null ? null : url.substring(url.lastIndexOf('/') + 1));
    }

    private static ListDeadLetterSourceQueuesResponse sources(SqsClient c, String url) {
        List<String> all = new ArrayList<>();
        c.listDeadLetterSourceQueuesPaginator(r -> r.queueUrl(url).maxResults(1000)).stream()
                .forEach(p -> all.addAll(p.queueUrls()));
        return ListDeadLetterSourceQueuesResponse.builder().queueUrls(all).build();
    }

    private static JsonNode urls(SdkPojo response) {
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        ((ListDeadLetterSourceQueuesResponse) response).queueUrls().forEach(out::add);
        return out;
    }

    public static final ResourceSpec<SqsClient> QUEUE = ResourceSpec.builder("aws.sqs.queue", SQS)
            .list(Operation.of("sqs", "ListQueues"),
                    c -> c.listQueuesPaginator(r -> r.maxResults(1000)).stream().flatMap(p -> p.queueUrls().stream())
                            .map(url -> GetQueueUrlResponse.builder().queueUrl(url).build()))
            .redact(SqsSpecs::name)
            .detail(Detail.of("Attributes", Operation.of("sqs", "GetQueueAttributes"),
                    (c, item) -> c.getQueueAttributes(r -> r.queueUrl(Extract.text(item, "QueueUrl"))
                            .attributeNames(QueueAttributeName.ALL)),
                    Extract.member("Attributes")))
            .detail(Detail.of("DeadLetterSourceQueues", Operation.of("sqs", "ListDeadLetterSourceQueues"),
                    (c, item) -> sources(c, Extract.text(item, "QueueUrl")), SqsSpecs::urls))
            .id("QueueName").name("QueueName")
            .uid(Uid.template("arn:aws:sqs:{region}:{account}:{id}"))
            .build();
}
