package dev.vigil.fakecloud.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.fakecloud.FakeCloudOptions;
import dev.vigil.fakecloud.org.MessagingResources;
import dev.vigil.fakecloud.org.RegionResources;
import dev.vigil.fakecloud.org.SsmDocument;
import dev.vigil.fakecloud.org.SyntheticOrg;
import java.util.List;
import java.util.Set;

/**
 * AWS Systems Manager (JSON 1.1, {@code AmazonSSM.<Operation>}): ListDocuments (the account's own with
 * {@code Owner=Self}, paged), DescribeDocumentPermission and GetServiceSetting of the document public-sharing setting,
 * for the caller's account and region.
 */
public final class SsmHandler implements ServiceHandler {
    static final String PUBLIC_SHARING = "/ssm/documents/console/public-sharing-permission";

    private final SyntheticOrg org;
    private final JsonPages pages;

    public SsmHandler(SyntheticOrg org, FakeCloudOptions options) {
        this.org = org;
        this.pages = new JsonPages(options.maxPageSize());
    }

    @Override
    public Set<String> readOperations() {
        return Set.of("ListDocuments", "DescribeDocumentPermission", "GetServiceSetting");
    }

    @Override
    public AwsResponse handle(AwsRequest request, String operation) {
        JsonNode in = JsonProtocol.body(request);
        MessagingResources m = org.resources(request.accountId()).map(r -> r.region(request.region()))
                .map(RegionResources::messaging).orElse(MessagingResources.NONE);
        String region = request.region();
        String account = request.accountId();
        ObjectNode out = switch (operation) {
            case "ListDocuments" -> {
                if (!ownedBySelf(in)) {
                    throw new AwsError(400, "ValidationException", "the fake serves ListDocuments with Owner=Self only");
                }
                yield pages.page(in, m.documents(), "DocumentIdentifiers", "NextToken", "MaxResults", "NextToken",
                        "InvalidNextToken", (list, d) -> list.addObject().put("Name", d.name())
                                .put("CreatedDate", JsonProtocol.epoch(d.created())).put("Owner", account)
                                .put("DocumentVersion", "1").put("DocumentType", d.documentType())
                                .put("SchemaVersion", "2.2").put("DocumentFormat", "JSON").put("TargetType", "/")
                                .set("PlatformTypes", JsonProtocol.MAPPER.createArrayNode().add("Linux")));
            }
            case "DescribeDocumentPermission" -> {
                String name = JsonPages.required(in, "Name");
                if (!"Share".equals(JsonPages.text(in, "PermissionType"))) {
                    throw new AwsError(400, "InvalidPermissionType", "PermissionType must be Share");
                }
                SsmDocument d = m.documents().stream().filter(x -> x.name().equals(name)).findFirst()
                        .orElseThrow(() -> new AwsError(400, "InvalidDocument", "Document with name " + name
                                + " does not exist."));
                ObjectNode o = JsonProtocol.object();
                var ids = o.putArray("AccountIds");
                var infos = o.putArray("AccountSharingInfoList");
                d.sharedWith().forEach(id -> {
                    ids.add(id);
                    infos.addObject().put("AccountId", id).put("SharedDocumentVersion", "$DEFAULT");
                });
                yield o;
            }
            case "GetServiceSetting" -> {
                String id = JsonPages.required(in, "SettingId");
                if (!id.equals(PUBLIC_SHARING)) {
                    throw new AwsError(400, "ServiceSettingNotFound", "No setting found for " + id);
                }
                ObjectNode o = JsonProtocol.object();
                o.putObject("ServiceSetting").put("SettingId", id)
                        .put("SettingValue", m.documentPublicSharing() ? "Enable" : "Disable")
                        .put("LastModifiedUser", "arn:aws:sts::" + account + ":assumed-role/admin/ops")
                        .put("ARN", "arn:aws:ssm:" + region + ":" + account + ":servicesetting" + id)
                        .put("Status", "Customized");
                yield o;
            }
            default -> throw new AwsError(400, "UnknownOperationException", operation);
        };
        return JsonProtocol.respond(out);
    }

    private static boolean ownedBySelf(JsonNode in) {
        for (JsonNode f : in.path("Filters")) {
            if ("Owner".equals(f.path("Key").asText())) {
                for (JsonNode v : f.path("Values")) {
                    if ("Self".equals(v.asText())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
