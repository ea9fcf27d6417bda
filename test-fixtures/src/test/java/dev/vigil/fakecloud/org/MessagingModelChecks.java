package dev.vigil.fakecloud.org;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/** {@link ModelChecker}'s reading of the secrets and messaging checks of docs/checks-aws.md. */
final class MessagingModelChecks {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> RESTRICTING = Set.of("aws:sourceaccount", "aws:sourcearn", "aws:sourceowner",
            "aws:principalorgid", "aws:principalaccount", "aws:principalarn", "aws:sourceorgid",
            "aws:principalorgpaths", "aws:sourceorgpaths");

    private MessagingModelChecks() {}

    static void run(String acct, RegionResources rr, Instant now, BiConsumer<String, String> fail) {
        for (Secret s : rr.messaging().secrets()) {
            String uid = s.arn(rr.region(), acct);
            if (!s.rotationEnabled()) {
                fail.accept("secretsmanager_secret_rotation_enabled", uid);
            }
            Instant changed = s.lastRotated() == null || s.lastChanged().isAfter(s.lastRotated()) ? s.lastChanged()
                    : s.lastRotated();
            if (olderThan(changed, now)) {
                fail.accept("secretsmanager_secret_rotated_periodically", uid);
            }
            Instant read = s.lastAccessed() == null ? null : s.lastAccessed().truncatedTo(ChronoUnit.DAYS);
            if (read == null ? olderThan(s.created(), now) : olderThan(read, now)) {
                fail.accept("secretsmanager_secret_unused", uid);
            }
            if (publicPolicy(s.policy())) {
                fail.accept("secretsmanager_secret_policy_not_public", uid);
            }
            if (s.kmsKeyId() == null || s.kmsKeyId().toLowerCase(Locale.ROOT).endsWith("alias/aws/secretsmanager")) {
                fail.accept("secretsmanager_secret_cmk_encryption", uid);
            }
        }
        queues(acct, rr, fail);
        for (SsmDocument d : rr.messaging().documents()) {
            if (d.sharedWith().stream().anyMatch(id -> id.equalsIgnoreCase("all"))) {
                fail.accept("ssm_document_not_public", d.arn(rr.region(), acct));
            }
        }
        if (rr.messaging().documentPublicSharing()) {
            fail.accept("ssm_documents_public_sharing_blocked", "arn:aws:ssm:" + rr.region() + ":" + acct
                    + ":servicesetting/ssm/documents/console/public-sharing-permission");
        }
        for (EventBus b : rr.messaging().buses()) {
            if (publicPolicy(b.policy())) {
                fail.accept("eventbridge_bus_policy_not_public", b.arn(rr.region(), acct));
            }
        }
    }

    static void queues(String acct, RegionResources rr, BiConsumer<String, String> fail) {
        for (Queue q : rr.messaging().queues()) {
            String uid = q.arn(rr.region(), acct);
            if (!q.sqsManagedSse() && (q.kmsKeyId() == null || q.kmsKeyId().isEmpty())) {
                fail.accept("sqs_queue_encryption_enabled", uid);
            }
            if (publicPolicy(q.policy())) {
                fail.accept("sqs_queue_policy_not_public", uid);
            }
            boolean isDeadLetterQueue = rr.messaging().queues().stream().anyMatch(o -> q.name().equals(o.deadLetterTarget()));
            if (q.deadLetterTarget() == null && !isDeadLetterQueue) {
                fail.accept("sqs_queue_dead_letter_queue", uid);
            }
        }
    }

    private static boolean olderThan(Instant t, Instant now) {
        return t.isBefore(now.minus(Duration.ofDays(90)));
    }

    /** An Allow statement for {@code *} without a restricting key under an operator that is not a negation. */
    static boolean publicPolicy(String document) {
        if (document == null) {
            return false;
        }
        JsonNode policy;
        try {
            policy = JSON.readTree(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<JsonNode> statements = new ArrayList<>();
        JsonNode s = policy.get("Statement");
        if (s != null && s.isArray()) {
            s.forEach(statements::add);
        } else if (s != null) {
            statements.add(s);
        }
        return statements.stream().anyMatch(st -> "Allow".equals(st.path("Effect").asText())
                && publicPrincipal(st.path("Principal")) && !restricted(st.path("Condition")));
    }

    private static boolean publicPrincipal(JsonNode p) {
        if (p.isTextual()) {
            return p.asText().equals("*");
        }
        JsonNode aws = p.path("AWS");
        if (aws.isArray()) {
            for (JsonNode a : aws) {
                if (a.asText().equals("*")) {
                    return true;
                }
            }
            return false;
        }
        return aws.isTextual() && aws.asText().equals("*");
    }

    private static boolean restricted(JsonNode condition) {
        for (Iterator<Map.Entry<String, JsonNode>> ops = condition.fields(); ops.hasNext(); ) {
            Map.Entry<String, JsonNode> op = ops.next();
            if (op.getKey().contains("Not")) {
                continue;
            }
            for (Iterator<String> keys = op.getValue().fieldNames(); keys.hasNext(); ) {
                if (RESTRICTING.contains(keys.next().toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
        }
        return false;
    }
}
