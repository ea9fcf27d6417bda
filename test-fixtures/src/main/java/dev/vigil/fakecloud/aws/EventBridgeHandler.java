package dev.vigil.fakecloud.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.fakecloud.FakeCloudOptions;
import dev.vigil.fakecloud.org.EventBus;
import dev.vigil.fakecloud.org.MessagingResources;
import dev.vigil.fakecloud.org.RegionResources;
import dev.vigil.fakecloud.org.SyntheticOrg;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Amazon EventBridge (JSON 1.1, {@code AWSEvents.<Operation>}): ListEventBuses (paged with Limit / NextToken, each
 * bus with its policy) of the caller's account and region. Every region has its {@code default} bus.
 */
public final class EventBridgeHandler implements ServiceHandler {
    private final SyntheticOrg org;
    private final JsonPages pages;

    public EventBridgeHandler(SyntheticOrg org, FakeCloudOptions options) {
        this.org = org;
        this.pages = new JsonPages(options.maxPageSize());
    }

    @Override
    public Set<String> readOperations() {
        return Set.of("ListEventBuses");
    }

    @Override
    public AwsResponse handle(AwsRequest request, String operation) {
        if (!operation.equals("ListEventBuses")) {
            throw new AwsError(400, "UnknownOperationException", operation);
        }
        JsonNode in = JsonProtocol.body(request);
        MessagingResources m = org.resources(request.accountId()).map(r -> r.region(request.region()))
                .map(RegionResources::messaging).orElse(MessagingResources.NONE);
        List<EventBus> buses = new ArrayList<>();
        if (m.buses().stream().noneMatch(b -> b.name().equals("default"))) {
            buses.add(new EventBus("default", null));
        }
        buses.addAll(m.buses());
        String prefix = JsonPages.text(in, "NamePrefix");
        List<EventBus> matching = prefix == null ? buses : buses.stream().filter(b -> b.name().startsWith(prefix)).toList();
        ObjectNode out = pages.page(in, matching, "EventBuses", "NextToken", "Limit", "NextToken",
                "ValidationException", (list, b) -> {
                    ObjectNode o = list.addObject().put("Name", b.name())
                            .put("Arn", b.arn(request.region(), request.accountId()))
                            .put("Description", "events of " + b.name() + " (owner: jane.doe@example.com)");
                    if (b.policy() != null) {
                        o.put("Policy", b.policy());
                    }
                });
        return JsonProtocol.respond(out);
    }
}
