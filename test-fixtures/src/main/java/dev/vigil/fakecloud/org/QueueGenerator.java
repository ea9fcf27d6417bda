package dev.vigil.fakecloud.org;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Generates the SQS queues of an account's home region. Clean: {@code orders} (SSE-KMS with the region's
 * customer-managed key, a policy for the SNS topic {@code orders-events} by service principal, failed messages to
 * {@code orders-dlq}), {@code orders-dlq} (SSE-SQS, no policy and no dead-letter queue of its own: it is one) and
 * {@code events} (SSE-SQS, Principal {@code *} limited by {@code aws:SourceArn}, failed messages to
 * {@code orders-dlq}). Each plant is {@code events} with one setting changed.
 */
final class QueueGenerator {
    private static final String DLQ = "orders-dlq";

    private final AccountContext ctx;
    private final String region;
    private final String kmsKeyArn;
    private final List<Queue> queues = new ArrayList<>();

    QueueGenerator(AccountContext ctx, String region, String kmsKeyArn) {
        this.ctx = ctx;
        this.region = region;
        this.kmsKeyArn = kmsKeyArn;
    }

    List<Queue> generate() {
        queues.add(new Queue("orders", false, kmsKeyArn, PolicyDocuments.doc(statement("orders",
                "{\"Service\":\"sns.amazonaws.com\"}", true)), DLQ, ctx.daysAgo(300)));
        queues.add(new Queue(DLQ, true, null, null, null, ctx.daysAgo(300)));
        queues.add(clean("events"));
        plant(Plant.SQS_UNENCRYPTED, "legacy-jobs", q -> new Queue(q.name(), false, null, q.policy(),
                q.deadLetterTarget(), q.created()));
        plant(Plant.SQS_PUBLIC_POLICY, "public-intake", q -> new Queue(q.name(), q.sqsManagedSse(), q.kmsKeyId(),
                PolicyDocuments.doc(statement(q.name(), ctx.index() % 2 == 0 ? "\"*\"" : "{\"AWS\":\"*\"}", false)),
                q.deadLetterTarget(), q.created()));
        plant(Plant.SQS_NO_DEAD_LETTER_QUEUE, "batch-jobs", q -> new Queue(q.name(), q.sqsManagedSse(), q.kmsKeyId(),
                q.policy(), null, q.created()));
        return queues;
    }

    private Queue clean(String name) {
        return new Queue(name, true, null, PolicyDocuments.doc(statement(name, "\"*\"", true)), DLQ, ctx.daysAgo(120));
    }

    private void plant(Plant plant, String name, UnaryOperator<Queue> change) {
        if (ctx.has(plant)) {
            Queue q = change.apply(clean(name));
            queues.add(q);
            ctx.found(plant, q.arn(region, ctx.accountId()));
        }
    }

    /** SendMessage for {@code principal}, limited to the SNS topic {@code orders-events} when {@code fromTopic}. */
    private String statement(String queue, String principal, boolean fromTopic) {
        return "{\"Sid\":\"send\",\"Effect\":\"Allow\",\"Principal\":" + principal + ",\"Action\":\"sqs:SendMessage\","
                + "\"Resource\":\"" + ctx.arn("sqs", region, queue) + "\""
                + (fromTopic ? ",\"Condition\":{\"ArnEquals\":{\"aws:SourceArn\":\""
                        + ctx.arn("sns", region, "orders-events") + "\"}}" : "") + "}";
    }
}
