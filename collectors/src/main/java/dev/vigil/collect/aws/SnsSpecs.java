package dev.vigil.collect.aws;

import static dev.vigil.collect.aws.AwsServices.SNS;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.vigil.collect.engine.Detail;
import dev.vigil.collect.engine.Extract;
import dev.vigil.collect.engine.Operation;
import dev.vigil.collect.engine.ResourceSpec;
import dev.vigil.collect.engine.ResourceSpec.Uid;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.ListSubscriptionsByTopicResponse;
import software.amazon.awssdk.services.sns.model.Subscription;

/**
 * SNS topics with their attributes (the policy decoded) and subscriptions. A subscription's {@code Endpoint} (an
 * address, a URL that may carry a token) is never kept: only its ARN (or {@code PendingConfirmation}), protocol
 * and owner.
 */
public final class SnsSpecs {
    private SnsSpecs() {}

    private static ListSubscriptionsByTopicResponse allSubscriptions(SnsClient c, String topicArn) {
        List<Subscription> all = new ArrayList<>();
        c.listSubscriptionsByTopicPaginator(r -> r.topicArn(topicArn)).subscriptions().forEach(all::add);
        return ListSubscriptionsByTopicResponse.builder().subscriptions(all).build();
    }

    private static JsonNode subscriptions(SdkPojo response) {
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        for (Subscription s : ((ListSubscriptionsByTopicResponse) response).subscriptions()) {
            out.addObject().put("SubscriptionArn", s.subscriptionArn()).put("Protocol", s.protocol())
                    .put("Owner", s.owner());
        }
        return out;
    }

    public static final ResourceSpec<SnsClient> TOPIC = ResourceSpec.builder("aws.sns.topic", SNS)
            .list(Operation.of("sns", "ListTopics"), c -> c.listTopicsPaginator(r -> { }).topics().stream())
            .detail(Detail.of("Attributes", Operation.of("sns", "GetTopicAttributes"),
                    (c, item) -> c.getTopicAttributes(r -> r.topicArn(Extract.text(item, "TopicArn"))),
                    Extract.member("Attributes")))
            .detail(Detail.of("Subscriptions", Operation.of("sns", "ListSubscriptionsByTopic"),
                    (c, item) -> allSubscriptions(c, Extract.text(item, "TopicArn")), SnsSpecs::subscriptions))
            .id("TopicArn").name("TopicArn")
            .uid(Uid.field("TopicArn"))
            .build();
}
