package dev.vigil.collect.aws;

import static dev.vigil.collect.aws.AwsServices.ROUTE53;

import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.collect.engine.Detail;
import dev.vigil.collect.engine.Extract;
import dev.vigil.collect.engine.Operation;
import dev.vigil.collect.engine.ResourceSpec;
import dev.vigil.collect.engine.Scope;
import software.amazon.awssdk.services.route53.Route53Client;
import software.amazon.awssdk.services.route53.model.GetDnssecResponse;
import software.amazon.awssdk.services.route53.model.ListQueryLoggingConfigsResponse;

/**
 * Route 53 hosted zones (global, once per account) with, for public zones, their DNSSEC signing status and query
 * logging configurations. Both are public-zone features, so private zones are not asked: their {@code DNSSEC} and
 * {@code QueryLoggingConfigs} are {@code null}.
 */
public final class Route53Specs {
    private Route53Specs() {}

    private static final String PREFIX = "/hostedzone/";
    /** Stand-in answers for private zones, never sent: recognised by identity and stored as {@code null}. */
    private static final GetDnssecResponse DNSSEC_NOT_ASKED = GetDnssecResponse.builder().build();
    private static final ListQueryLoggingConfigsResponse LOGGING_NOT_ASKED = ListQueryLoggingConfigsResponse.builder()
            .build();

    /** The zone id without the {@code /hostedzone/} prefix ListHostedZones puts in front of it. */
    static String zoneId(ObjectNode item) {
        String id = Extract.text(item, "Id");
        return id != null && id.startsWith(PREFIX) ? id.substring(PREFIX.length()) : id;
    }

    static boolean privateZone(ObjectNode item) {
        return item.path("Config").path("PrivateZone").asBoolean(false);
    }

    public static final ResourceSpec<Route53Client> HOSTED_ZONE = ResourceSpec.builder("aws.route53.hosted_zone", ROUTE53)
            .scope(Scope.GLOBAL)
            .list(Operation.of("route53", "ListHostedZones"), c -> c.listHostedZonesPaginator().hostedZones().stream())
            .detail(Detail.of("DNSSEC", Operation.of("route53", "GetDNSSEC"),
                    (c, item) -> privateZone(item) ? DNSSEC_NOT_ASKED
                            : c.getDNSSEC(r -> r.hostedZoneId(zoneId(item))),
                    response -> response == DNSSEC_NOT_ASKED ? NullNode.getInstance()
                            : Extract.members("Status", "KeySigningKeys").apply(response)))
            .detail(Detail.of("QueryLoggingConfigs", Operation.of("route53", "ListQueryLoggingConfigs"),
                    (c, item) -> privateZone(item) ? LOGGING_NOT_ASKED
                            : c.listQueryLoggingConfigs(r -> r.hostedZoneId(zoneId(item))),
                    response -> response == LOGGING_NOT_ASKED ? NullNode.getInstance()
                            : Extract.member("QueryLoggingConfigs").apply(response)))
            .id("Id").name("Name")
            .uid((account, region, id, item) -> "arn:aws:route53:::hostedzone/" + zoneId(item))
            .build();
}
