package dev.vigil.fakecloud.aws;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.fakecloud.FakeCloudOptions;
import dev.vigil.fakecloud.org.EksCluster;
import dev.vigil.fakecloud.org.SyntheticOrg;
import java.util.List;
import java.util.Set;

/** Amazon EKS (REST-JSON): ListClusters ({@code GET /clusters}) and DescribeCluster ({@code GET /clusters/{name}}). */
public final class EksHandler implements ServiceHandler {
    private static final String CLUSTERS = "/clusters";

    private final SyntheticOrg org;
    private final int maxPageSize;

    public EksHandler(SyntheticOrg org, FakeCloudOptions options) {
        this.org = org;
        this.maxPageSize = options.maxPageSize();
    }

    public static String operation(AwsRequest request) {
        String path = request.path();
        boolean get = "GET".equals(request.method());
        if (path.equals(CLUSTERS) || path.equals(CLUSTERS + "/")) {
            return get ? "ListClusters" : "CreateCluster";
        }
        if (path.startsWith(CLUSTERS + "/") && path.indexOf('/', CLUSTERS.length() + 1) < 0) {
            return get ? "DescribeCluster" : "DeleteCluster";
        }
        return path.startsWith(CLUSTERS + "/") ? "UnsupportedClusterOperation" : null;
    }

    @Override
    public Set<String> readOperations() {
        return Set.of("ListClusters", "DescribeCluster");
    }

    @Override
    public AwsResponse handle(AwsRequest request, String operation) {
        List<EksCluster> clusters = org.resources(request.accountId())
                .map(r -> r.region(request.region()).compute().clusters()).orElse(List.of());
        ObjectNode out = JsonProtocol.object();
        if ("ListClusters".equals(operation)) {
            Page<EksCluster> page = Page.of(clusters, request.query().get("nextToken"),
                    Page.intParam(request.query().get("maxResults")), maxPageSize, "InvalidParameterException");
            ArrayNode names = out.putArray("clusters");
            page.items().forEach(c -> names.add(c.name()));
            if (page.next() != null) {
                out.put("nextToken", page.next());
            }
            return RestJsonProtocol.respond(out);
        }
        String name = request.path().substring(CLUSTERS.length() + 1);
        EksCluster c = clusters.stream().filter(x -> x.name().equals(name)).findFirst()
                .orElseThrow(() -> new AwsError(404, "ResourceNotFoundException", "No cluster found for name: " + name
                        + "."));
        describe(out.putObject("cluster"), c, request);
        return RestJsonProtocol.respond(out);
    }

    private void describe(ObjectNode o, EksCluster c, AwsRequest request) {
        String account = request.accountId();
        o.put("name", c.name()).put("arn", c.arn(request.region(), account))
                .put("createdAt", JsonProtocol.epoch(c.created())).put("version", c.version())
                .put("endpoint", "https://" + Integer.toHexString(c.arn(request.region(), account).hashCode())
                        .toUpperCase(java.util.Locale.ROOT) + ".gr7." + request.region() + ".eks.amazonaws.com")
                .put("roleArn", "arn:aws:iam::" + account + ":role/eks-cluster-role").put("status", "ACTIVE")
                .put("platformVersion", "eks.5");
        ObjectNode vpc = o.putObject("resourcesVpcConfig");
        ArrayNode subnets = vpc.putArray("subnetIds");
        c.subnetIds().forEach(subnets::add);
        vpc.putArray("securityGroupIds");
        vpc.put("clusterSecurityGroupId", "sg-0" + Integer.toHexString(c.name().hashCode() & 0xfffffff))
                .put("vpcId", c.vpcId()).put("endpointPublicAccess", c.publicEndpoint())
                .put("endpointPrivateAccess", true);
        ArrayNode cidrs = vpc.putArray("publicAccessCidrs");
        c.publicCidrs().forEach(cidrs::add);
        o.putObject("kubernetesNetworkConfig").put("serviceIpv4Cidr", "172.20.0.0/16").put("ipFamily", "ipv4");
        ArrayNode logging = o.putObject("logging").putArray("clusterLogging");
        List<String> off = EksCluster.ALL_LOG_TYPES.stream().filter(t -> !c.logTypes().contains(t)).toList();
        if (!c.logTypes().isEmpty()) {
            ArrayNode types = logging.addObject().put("enabled", true).putArray("types");
            c.logTypes().forEach(types::add);
        }
        if (!off.isEmpty()) {
            ArrayNode types = logging.addObject().put("enabled", false).putArray("types");
            off.forEach(types::add);
        }
        o.putObject("identity").putObject("oidc").put("issuer", "https://oidc.eks." + request.region()
                + ".amazonaws.com/id/" + Integer.toHexString(c.name().hashCode()));
        o.putObject("certificateAuthority").put("data", "LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t");
        if (c.secretsKeyArn() != null) {
            ObjectNode enc = o.putArray("encryptionConfig").addObject();
            enc.putArray("resources").add("secrets");
            enc.putObject("provider").put("keyArn", c.secretsKeyArn());
        }
        o.putObject("accessConfig").put("authenticationMode", "API_AND_CONFIG_MAP");
        ObjectNode tags = o.putObject("tags");
        c.tags().forEach(tags::put);
    }
}
