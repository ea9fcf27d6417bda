package dev.vigil.fakecloud.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.fakecloud.FakeCloudOptions;
import dev.vigil.fakecloud.org.SyntheticOrg;
import dev.vigil.fakecloud.org.TaggedResources;
import dev.vigil.fakecloud.org.TaggedResources.Tagged;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Resource Groups Tagging API (JSON 1.1): GetResources of the caller's account and region. */
public final class TaggingHandler implements ServiceHandler {
    private final SyntheticOrg org;
    private final JsonPages pages;

    public TaggingHandler(SyntheticOrg org, FakeCloudOptions options) {
        this.org = org;
        this.pages = new JsonPages(options.maxPageSize());
    }

    @Override
    public Set<String> readOperations() {
        return Set.of("GetResources");
    }

    @Override
    public AwsResponse handle(AwsRequest request, String operation) {
        if (!operation.equals("GetResources")) {
            throw new AwsError(400, "UnknownOperationException", operation);
        }
        JsonNode in = JsonProtocol.body(request);
        List<Tagged> tagged = org.resources(request.accountId())
                .map(r -> TaggedResources.inRegion(r, request.region())).orElse(List.of());
        List<String> types = new ArrayList<>();
        JsonNode typeFilters = in.get("ResourceTypeFilters");
        if (typeFilters != null) {
            typeFilters.forEach(t -> types.add(t.asText()));
        }
        List<Tagged> selected = tagged.stream().filter(t -> types.isEmpty() || types.stream().anyMatch(f -> matches(t.arn(), f)))
                .toList();
        ObjectNode out = pages.page(in, selected, "ResourceTagMappingList", "PaginationToken", "ResourcesPerPage",
                "PaginationToken", "InvalidParameterException", (list, t) -> {
                    ObjectNode o = list.addObject().put("ResourceARN", t.arn());
                    ArrayNode tags = o.putArray("Tags");
                    t.tags().forEach((k, v) -> tags.addObject().put("Key", k).put("Value", v));
                });
        if (!out.has("PaginationToken")) {
            out.put("PaginationToken", "");
        }
        return JsonProtocol.respond(out);
    }

    /** A filter is {@code service} or {@code service:resourceType}, e.g. {@code s3} or {@code ec2:instance}. */
    private static boolean matches(String arn, String filter) {
        String[] parts = arn.split(":", 6);
        String service = parts[2];
        String resource = parts[5];
        int colon = filter.indexOf(':');
        if (colon < 0) {
            return service.equals(filter);
        }
        return service.equals(filter.substring(0, colon)) && resource.startsWith(filter.substring(colon + 1) + "/");
    }
}
