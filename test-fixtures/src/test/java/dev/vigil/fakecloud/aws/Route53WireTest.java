package dev.vigil.fakecloud.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.fakecloud.org.AccountResources;
import dev.vigil.fakecloud.org.HostedZone;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.route53.Route53Client;
import software.amazon.awssdk.services.route53.model.NoSuchHostedZoneException;

/** Route 53's REST-XML hosted zones, DNSSEC status and query logging configurations through the SDK client. */
class Route53WireTest extends WireTestBase {

    @Test
    void zonesPageAndCarryDnssecAndQueryLogging() {
        AccountResources account = withZone("legacy.");
        Route53Client r53 = clients.build(Route53Client.builder(), assume(account.accountId()), "us-east-1");
        List<software.amazon.awssdk.services.route53.model.HostedZone> listed = r53
                .listHostedZonesPaginator(b -> b.maxItems("1")).hostedZones().stream().toList();
        List<HostedZone> model = account.regions().values().stream()
                .flatMap(rr -> rr.edgeSecurity().hostedZones().stream()).toList();
        assertThat(listed).extracting(z -> z.id()).containsExactlyElementsOf(model.stream()
                .map(HostedZone::id).toList()); // the SDK strips the /hostedzone/ prefix the wire carries
        assertThat(listed).anySatisfy(z -> assertThat(z.config().privateZone()).isTrue());
        HostedZone clean = model.get(0);
        var dnssec = r53.getDNSSEC(b -> b.hostedZoneId(clean.id()));
        assertThat(dnssec.status().serveSignature()).isEqualTo("SIGNING");
        assertThat(dnssec.keySigningKeys()).singleElement().satisfies(k -> assertThat(k.status()).isEqualTo("ACTIVE"));
        assertThat(r53.listQueryLoggingConfigs(b -> b.hostedZoneId(clean.id())).queryLoggingConfigs()).singleElement()
                .satisfies(c -> assertThat(c.cloudWatchLogsLogGroupArn()).isEqualTo(clean.queryLogGroup()));
        HostedZone legacy = model.stream().filter(z -> z.name().startsWith("legacy.")).findFirst().orElseThrow();
        assertThat(r53.getDNSSEC(b -> b.hostedZoneId(legacy.id())).status().serveSignature()).isEqualTo("NOT_SIGNING");
        assertThat(r53.getDNSSEC(b -> b.hostedZoneId(legacy.id())).keySigningKeys()).isEmpty();
        assertThatThrownBy(() -> r53.getDNSSEC(b -> b.hostedZoneId("ZNOPE"))).isInstanceOf(NoSuchHostedZoneException.class);
    }

    /** Zone ARNs carry no account id, so the planted account is found by its model. */
    private static AccountResources withZone(String prefix) {
        return org.accounts().stream().filter(a -> a.active() && !a.id().equals(org.managementAccountId()))
                .map(a -> org.resources(a.id()).orElseThrow())
                .filter(r -> r.regions().values().stream().flatMap(rr -> rr.edgeSecurity().hostedZones().stream())
                        .anyMatch(z -> z.name().startsWith(prefix)))
                .findFirst().orElseThrow(() -> new AssertionError("no account has a zone " + prefix));
    }

    @Test
    void unloggedZoneHasNoQueryLoggingConfig() {
        AccountResources account = withZone("quiet.");
        Route53Client r53 = clients.build(Route53Client.builder(), assume(account.accountId()), "us-east-1");
        HostedZone quiet = account.regions().values().stream().flatMap(rr -> rr.edgeSecurity().hostedZones().stream())
                .filter(z -> z.name().startsWith("quiet.")).findFirst().orElseThrow();
        assertThat(r53.listQueryLoggingConfigs(b -> b.hostedZoneId(quiet.id())).queryLoggingConfigs()).isEmpty();
        assertThat(r53.getDNSSEC(b -> b.hostedZoneId(quiet.id())).status().serveSignature()).isEqualTo("SIGNING");
    }
}
