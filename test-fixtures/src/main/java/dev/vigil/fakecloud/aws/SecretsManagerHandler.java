package dev.vigil.fakecloud.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.fakecloud.FakeCloudOptions;
import dev.vigil.fakecloud.org.MessagingResources;
import dev.vigil.fakecloud.org.RegionResources;
import dev.vigil.fakecloud.org.Secret;
import dev.vigil.fakecloud.org.SyntheticOrg;
import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * AWS Secrets Manager (JSON 1.1, {@code secretsmanager.<Operation>}): ListSecrets (paged) and GetResourcePolicy of the
 * caller's account and region. The fake holds no secret values: GetSecretValue, like every write, is refused.
 */
public final class SecretsManagerHandler implements ServiceHandler {
    private final SyntheticOrg org;
    private final JsonPages pages;

    public SecretsManagerHandler(SyntheticOrg org, FakeCloudOptions options) {
        this.org = org;
        this.pages = new JsonPages(options.maxPageSize());
    }

    @Override
    public Set<String> readOperations() {
        return Set.of("ListSecrets", "GetResourcePolicy");
    }

    @Override
    public AwsResponse handle(AwsRequest request, String operation) {
        JsonNode in = JsonProtocol.body(request);
        List<Secret> secrets = org.resources(request.accountId()).map(r -> r.region(request.region()))
                .map(RegionResources::messaging).orElse(MessagingResources.NONE).secrets();
        String region = request.region();
        String account = request.accountId();
        ObjectNode out = switch (operation) {
            case "ListSecrets" -> pages.page(in, secrets, "SecretList", "NextToken", "MaxResults", "NextToken",
                    "InvalidNextTokenException", (list, s) -> entry(list.addObject(), s, region, account));
            case "GetResourcePolicy" -> {
                Secret s = find(secrets, JsonPages.required(in, "SecretId"), region, account);
                ObjectNode o = JsonProtocol.object().put("ARN", s.arn(region, account)).put("Name", s.name());
                if (s.policy() != null) {
                    o.put("ResourcePolicy", s.policy());
                }
                yield o;
            }
            default -> throw new AwsError(400, "UnknownOperationException", operation);
        };
        return JsonProtocol.respond(out);
    }

    private static Secret find(List<Secret> secrets, String id, String region, String account) {
        return secrets.stream().filter(s -> s.name().equals(id) || s.arn(region, account).equals(id)).findFirst()
                .orElseThrow(() -> new AwsError(400, "ResourceNotFoundException",
                        "Secrets Manager can't find the specified secret."));
    }

    /** A SecretListEntry, with a free-form description and tags as a real account has them. */
    private static void entry(ObjectNode o, Secret s, String region, String account) {
        o.put("ARN", s.arn(region, account)).put("Name", s.name())
                .put("Description", "credentials of " + s.name() + " (owner: jane.doe@example.com)");
        if (s.kmsKeyId() != null) {
            o.put("KmsKeyId", s.kmsKeyId());
        }
        o.put("RotationEnabled", s.rotationEnabled());
        if (s.rotationDays() != null) {
            o.put("RotationLambdaARN", "arn:aws:lambda:" + region + ":" + account + ":function:rotate-secret");
            o.putObject("RotationRules").put("AutomaticallyAfterDays", s.rotationDays());
        }
        if (s.lastRotated() != null) {
            o.put("LastRotatedDate", JsonProtocol.epoch(s.lastRotated()));
        }
        o.put("LastChangedDate", JsonProtocol.epoch(s.lastChanged()));
        if (s.lastAccessed() != null) {
            o.put("LastAccessedDate", JsonProtocol.epoch(s.lastAccessed().truncatedTo(ChronoUnit.DAYS)));
        }
        o.putArray("Tags").addObject().put("Key", "owner").put("Value", "jane.doe@example.com");
        String version = UUID.nameUUIDFromBytes(s.arn(region, account).getBytes(StandardCharsets.UTF_8)).toString();
        o.putObject("SecretVersionsToStages").putArray(version).add("AWSCURRENT");
        o.put("CreatedDate", JsonProtocol.epoch(s.created()));
    }
}
