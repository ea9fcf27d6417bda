package dev.vigil.fakecloud.aws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.fakecloud.org.AccountResources;
import dev.vigil.fakecloud.org.Plant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.EventBus;
import software.amazon.awssdk.services.eventbridge.model.ListEventBusesResponse;

/** The SDK's EventBridge client (JSON 1.1) against the fake: buses page by NextToken and carry their policies. */
class EventBridgeWireTest extends WireTestBase {

    private EventBridgeClient client(AccountResources r, String region) {
        return clients.build(EventBridgeClient.builder(), assume(r.accountId()), region);
    }

    private static List<EventBus> all(EventBridgeClient events) {
        List<EventBus> out = new ArrayList<>();
        String token = null;
        do {
            String next = token;
            ListEventBusesResponse page = events.listEventBuses(b -> b.limit(1).nextToken(next));
            out.addAll(page.eventBuses());
            token = page.nextToken();
        } while (token != null);
        return out;
    }

    @Test
    void busesPageAndCarryTheirPolicies() {
        AccountResources r = plantedWith(Plant.EVENTBRIDGE_PUBLIC_BUS);
        String home = r.regions().entrySet().stream().filter(e -> !e.getValue().messaging().buses().isEmpty())
                .map(Map.Entry::getKey).findFirst().orElseThrow();
        List<EventBus> buses = all(client(r, home));
        assertThat(buses).extracting(EventBus::name).containsExactly("default", "app-events", "partner-events");
        assertThat(buses.get(0).arn()).isEqualTo("arn:aws:events:" + home + ":" + r.accountId() + ":event-bus/default");
        assertThat(buses.get(0).policy()).contains("aws:PrincipalOrgID");
        assertThat(buses.get(2).policy()).doesNotContain("Condition");
        String other = r.regions().keySet().stream().filter(x -> !x.equals(home)).findFirst().orElseThrow();
        List<EventBus> elsewhere = all(client(r, other));
        assertThat(elsewhere).extracting(EventBus::name).containsExactly("default");
        assertThat(elsewhere.get(0).policy()).isNull();
    }
}
