package dev.vigil.fakecloud.aws;

import dev.vigil.fakecloud.FakeCloudOptions;
import dev.vigil.fakecloud.org.AccountResources;
import dev.vigil.fakecloud.org.HostedZone;
import dev.vigil.fakecloud.org.SyntheticOrg;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Route 53 (REST-XML, API version 2013-04-01, global): ListHostedZones, GetDNSSEC and ListQueryLoggingConfigs of the
 * caller's account.
 */
public final class Route53Handler implements ServiceHandler {
    public static final String NAMESPACE = "https://route53.amazonaws.com/doc/2013-04-01/";
    private static final String ZONES = "/2013-04-01/hostedzone";
    private static final String LOGGING = "/2013-04-01/queryloggingconfig";

    private final SyntheticOrg org;
    private final FakeCloudOptions options;

    public Route53Handler(SyntheticOrg org, FakeCloudOptions options) {
        this.org = org;
        this.options = options;
    }

    /** GET /hostedzone, GET /hostedzone/{Id}/dnssec and GET /queryloggingconfig. */
    public static String operation(AwsRequest request) {
        String path = request.path();
        if (request.method().equals("GET")) {
            if (path.equals(ZONES)) {
                return "ListHostedZones";
            }
            if (path.startsWith(ZONES + "/") && path.endsWith("/dnssec")) {
                return "GetDNSSEC";
            }
            if (path.equals(LOGGING)) {
                return "ListQueryLoggingConfigs";
            }
        }
        return request.method() + " " + path;
    }

    @Override
    public Set<String> readOperations() {
        return Set.of("ListHostedZones", "GetDNSSEC", "ListQueryLoggingConfigs");
    }

    @Override
    public AwsResponse handle(AwsRequest request, String operation) {
        AccountResources account = org.resources(request.accountId())
                .orElseThrow(() -> new AwsError(403, "AccessDenied", "account " + request.accountId() + " is not active"));
        List<HostedZone> zones = account.regions().values().stream().filter(rr -> rr.edgeSecurity() != null)
                .flatMap(rr -> rr.edgeSecurity().hostedZones().stream()).toList();
        XmlWriter x = new XmlWriter();
        switch (operation) {
            case "ListHostedZones" -> {
                Integer max = Page.intParam(request.query().get("maxitems"));
                Page<HostedZone> page = Page.of(zones, request.query().get("marker"), max, options.maxPageSize(),
                        "InvalidInput");
                x.startWith("ListHostedZonesResponse", "xmlns=\"" + NAMESPACE + "\"").start("HostedZones");
                for (HostedZone z : page.items()) {
                    x.start("HostedZone").leaf("Id", "/hostedzone/" + z.id()).leaf("Name", z.name())
                            .leaf("CallerReference", "vigil-" + z.id()).start("Config")
                            .leaf("Comment", z.name() + " zone").leaf("PrivateZone", z.privateZone()).end()
                            .leaf("ResourceRecordSetCount", 4).end();
                }
                x.end().leaf("Marker", request.query().getOrDefault("marker", ""))
                        .leaf("IsTruncated", page.next() != null).leaf("NextMarker", page.next())
                        .leaf("MaxItems", max == null ? options.maxPageSize() : max).end();
            }
            case "GetDNSSEC" -> {
                String path = request.path();
                HostedZone z = find(zones, path.substring(ZONES.length() + 1, path.length() - "/dnssec".length()));
                if (z.privateZone()) {
                    throw new AwsError(400, "InvalidArgument", "Operation is unsupported for private hosted zones.");
                }
                x.startWith("GetDNSSECResponse", "xmlns=\"" + NAMESPACE + "\"").start("Status")
                        .leaf("ServeSignature", z.signing() ? "SIGNING" : "NOT_SIGNING").end().start("KeySigningKeys");
                if (z.signing()) {
                    x.start("member").leaf("Name", "ksk1").leaf("KmsArn", "arn:aws:kms:us-east-1:" + request.accountId()
                            + ":key/" + z.id().toLowerCase()).leaf("Flag", 257).leaf("SigningAlgorithmMnemonic",
                                    "ECDSAP256SHA256").leaf("SigningAlgorithmType", 13).leaf("Status", "ACTIVE").end();
                }
                x.end().end();
            }
            case "ListQueryLoggingConfigs" -> {
                String zoneId = request.query().get("hostedzoneid");
                List<HostedZone> asked = zoneId == null ? zones : List.of(find(zones, zoneId));
                x.startWith("ListQueryLoggingConfigsResponse", "xmlns=\"" + NAMESPACE + "\"").start("QueryLoggingConfigs");
                asked.stream().filter(z -> z.queryLogGroup() != null).forEach(z -> x.start("QueryLoggingConfig")
                        .leaf("Id", java.util.UUID.nameUUIDFromBytes(z.id().getBytes(StandardCharsets.UTF_8)).toString())
                        .leaf("HostedZoneId", z.id()).leaf("CloudWatchLogsLogGroupArn", z.queryLogGroup()).end());
                x.end().end();
            }
            default -> throw new AwsError(400, "InvalidAction", "Could not find operation " + operation);
        }
        return new AwsResponse(200, "text/xml", Map.of(), x.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static HostedZone find(List<HostedZone> zones, String id) {
        return zones.stream().filter(z -> z.id().equals(id)).findFirst()
                .orElseThrow(() -> new AwsError(404, "NoSuchHostedZone", "No hosted zone found with ID: " + id));
    }
}
