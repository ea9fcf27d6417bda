package dev.vigil.fakecloud.aws;

import dev.vigil.fakecloud.FakeCloudOptions;
import dev.vigil.fakecloud.org.AccountResources;
import dev.vigil.fakecloud.org.Distribution;
import dev.vigil.fakecloud.org.EdgeResources;
import dev.vigil.fakecloud.org.RegionResources;
import dev.vigil.fakecloud.org.SyntheticOrg;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** CloudFront (REST-XML, API version 2020-05-31, global): ListDistributions and GetDistributionConfig. */
public final class CloudFrontHandler implements ServiceHandler {
    public static final String NAMESPACE = "http://cloudfront.amazonaws.com/doc/2020-05-31/";
    private static final String PREFIX = "/2020-05-31/distribution";

    private final SyntheticOrg org;
    private final FakeCloudOptions options;

    public CloudFrontHandler(SyntheticOrg org, FakeCloudOptions options) {
        this.org = org;
        this.options = options;
    }

    /** GET /2020-05-31/distribution and GET /2020-05-31/distribution/{Id}/config. */
    public static String operation(AwsRequest request) {
        String path = request.path();
        if (request.method().equals("GET") && path.equals(PREFIX)) {
            return "ListDistributions";
        }
        if (request.method().equals("GET") && path.startsWith(PREFIX + "/") && path.endsWith("/config")) {
            return "GetDistributionConfig";
        }
        return request.method() + " " + path;
    }

    @Override
    public Set<String> readOperations() {
        return Set.of("ListDistributions", "GetDistributionConfig");
    }

    @Override
    public AwsResponse handle(AwsRequest request, String operation) {
        AccountResources account = org.resources(request.accountId())
                .orElseThrow(() -> new AwsError(403, "AccessDenied", "account " + request.accountId() + " is not active"));
        List<Distribution> all = account.regions().values().stream().map(RegionResources::edge)
                .filter(e -> e != null && e != EdgeResources.NONE).flatMap(e -> e.distributions().stream()).toList();
        CloudFrontWriter w = new CloudFrontWriter(account.accountId());
        return switch (operation) {
            case "ListDistributions" -> {
                Integer max = Page.intParam(request.query().get("MaxItems"));
                Page<Distribution> page = Page.of(all, request.query().get("Marker"), max, options.maxPageSize(),
                        "InvalidArgument");
                XmlWriter x = new XmlWriter();
                x.startWith("DistributionList", "xmlns=\"" + NAMESPACE + "\"")
                        .leaf("Marker", request.query().getOrDefault("Marker", "")).leaf("NextMarker", page.next())
                        .leaf("MaxItems", max == null ? options.maxPageSize() : max).leaf("IsTruncated", page.next() != null)
                        .leaf("Quantity", page.items().size()).start("Items");
                page.items().forEach(d -> {
                    x.start("DistributionSummary");
                    w.summary(x, d);
                    x.end();
                });
                x.end().end();
                yield xml(x, Map.of());
            }
            case "GetDistributionConfig" -> {
                String id = request.path().substring(PREFIX.length() + 1, request.path().length() - "/config".length());
                Distribution d = all.stream().filter(x -> x.id().equals(id)).findFirst()
                        .orElseThrow(() -> new AwsError(404, "NoSuchDistribution", "The specified distribution does not exist."));
                XmlWriter x = new XmlWriter();
                x.startWith("DistributionConfig", "xmlns=\"" + NAMESPACE + "\"");
                w.config(x, d);
                x.end();
                yield xml(x, Map.of("ETag", "E" + Integer.toHexString(d.id().hashCode()).toUpperCase()));
            }
            default -> throw new AwsError(400, "InvalidAction", "Could not find operation " + operation);
        };
    }

    private static AwsResponse xml(XmlWriter x, Map<String, String> headers) {
        return new AwsResponse(200, "text/xml", headers, x.toString().getBytes(StandardCharsets.UTF_8));
    }
}
