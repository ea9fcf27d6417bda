package dev.vigil.fakecloud.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.fakecloud.FakeCloudOptions;
import dev.vigil.fakecloud.org.KmsKey;
import dev.vigil.fakecloud.org.SyntheticOrg;
import java.util.List;
import java.util.Set;

/** AWS KMS (JSON 1.1): keys, rotation, key policies, tags and aliases of the caller's account and region. */
public final class KmsHandler implements ServiceHandler {
    private final SyntheticOrg org;
    private final JsonPages pages;

    public KmsHandler(SyntheticOrg org, FakeCloudOptions options) {
        this.org = org;
        this.pages = new JsonPages(options.maxPageSize());
    }

    @Override
    public Set<String> readOperations() {
        return Set.of("ListKeys", "DescribeKey", "GetKeyRotationStatus", "GetKeyPolicy", "ListResourceTags",
                "ListAliases");
    }

    @Override
    public AwsResponse handle(AwsRequest request, String operation) {
        JsonNode in = JsonProtocol.body(request);
        List<KmsKey> keys = org.resources(request.accountId()).map(r -> r.region(request.region()).keys())
                .orElse(List.of());
        ObjectNode out = switch (operation) {
            case "ListKeys" -> truncated(pages.page(in, keys, "Keys", "Marker", "Limit", "NextMarker",
                    "InvalidMarkerException", (list, k) -> list.addObject().put("KeyId", k.id()).put("KeyArn", k.arn())));
            case "DescribeKey" -> {
                KmsKey k = find(keys, in);
                ObjectNode o = JsonProtocol.object();
                metadata(o.putObject("KeyMetadata"), k, request.accountId());
                yield o;
            }
            case "GetKeyRotationStatus" -> {
                KmsKey k = find(keys, in);
                ObjectNode o = JsonProtocol.object().put("KeyId", k.arn()).put("KeyRotationEnabled", k.rotationEnabled());
                if (k.rotationEnabled()) {
                    o.put("RotationPeriodInDays", 365);
                }
                yield o;
            }
            case "GetKeyPolicy" -> {
                KmsKey k = find(keys, in);
                String name = JsonPages.text(in, "PolicyName");
                if (name != null && !name.equals("default")) {
                    throw new AwsError(400, "NotFoundException", "Policy " + name + " not found");
                }
                yield JsonProtocol.object().put("Policy", k.policy()).put("PolicyName", "default");
            }
            case "ListResourceTags" -> truncated(pages.page(in, List.copyOf(find(keys, in).tags().entrySet()), "Tags",
                    "Marker", "Limit", "NextMarker", "InvalidMarkerException",
                    (list, e) -> list.addObject().put("TagKey", e.getKey()).put("TagValue", e.getValue())));
            case "ListAliases" -> {
                String keyId = JsonPages.text(in, "KeyId");
                List<KmsKey> aliased = keyId == null ? keys : List.of(find(keys, in));
                yield truncated(pages.page(in, aliased, "Aliases", "Marker", "Limit", "NextMarker",
                        "InvalidMarkerException", (list, k) -> list.addObject().put("AliasName", k.alias())
                                .put("AliasArn", "arn:aws:kms:" + request.region() + ":" + request.accountId() + ":"
                                        + k.alias())
                                .put("TargetKeyId", k.id()).put("CreationDate", JsonProtocol.epoch(k.created()))));
            }
            default -> throw new AwsError(400, "UnknownOperationException", operation);
        };
        return JsonProtocol.respond(out);
    }

    private static ObjectNode truncated(ObjectNode page) {
        return page.put("Truncated", page.has("NextMarker"));
    }

    private static KmsKey find(List<KmsKey> keys, JsonNode in) {
        String id = JsonPages.required(in, "KeyId");
        return keys.stream().filter(k -> k.id().equals(id) || k.arn().equals(id) || k.alias().equals(id)
                || k.arn().endsWith(":" + id)).findFirst()
                .orElseThrow(() -> new AwsError(400, "NotFoundException", "Key '" + id + "' does not exist"));
    }

    private static void metadata(ObjectNode m, KmsKey k, String account) {
        m.put("AWSAccountId", account).put("KeyId", k.id()).put("Arn", k.arn())
                .put("CreationDate", JsonProtocol.epoch(k.created())).put("Enabled", true)
                .put("Description", k.description()).put("KeyUsage", "ENCRYPT_DECRYPT").put("KeyState", "Enabled")
                .put("Origin", "AWS_KMS").put("KeyManager", k.customerManaged() ? "CUSTOMER" : "AWS")
                .put("CustomerMasterKeySpec", "SYMMETRIC_DEFAULT").put("KeySpec", "SYMMETRIC_DEFAULT")
                .put("MultiRegion", false);
        m.putArray("EncryptionAlgorithms").add("SYMMETRIC_DEFAULT");
    }
}
