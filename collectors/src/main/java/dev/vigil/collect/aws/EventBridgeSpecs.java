package dev.vigil.collect.aws;

import static dev.vigil.collect.aws.AwsServices.EVENTBRIDGE;

import dev.vigil.collect.engine.Operation;
import dev.vigil.collect.engine.ResourceSpec;
import dev.vigil.collect.engine.ResourceSpec.Uid;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.EventBus;
import software.amazon.awssdk.services.eventbridge.model.ListEventBusesResponse;

/**
 * EventBridge event buses, per region (the {@code default} bus included): ListEventBuses returns each bus with its
 * resource-based {@code Policy} (decoded). The free-form {@code Description} is dropped.
 */
public final class EventBridgeSpecs {
    private EventBridgeSpecs() {}

    /** ListEventBuses has no paginator in the SDK: NextToken by hand. */
    private static Stream<EventBus> all(EventBridgeClient c) {
        List<EventBus> buses = new ArrayList<>();
        String token = null;
        do {
            String next = token;
            ListEventBusesResponse page = c.listEventBuses(r -> r.limit(100).nextToken(next));
            buses.addAll(page.eventBuses());
            token = page.nextToken();
        } while (token != null && !token.isEmpty());
        return buses.stream();
    }

    public static final ResourceSpec<EventBridgeClient> BUS = ResourceSpec.builder("aws.eventbridge.event_bus", EVENTBRIDGE)
            .list(Operation.of("events", "ListEventBuses"), EventBridgeSpecs::all)
            .redact(bus -> bus.remove("Description"))
            .id("Name").name("Name")
            .uid(Uid.field("Arn"))
            .build();
}
