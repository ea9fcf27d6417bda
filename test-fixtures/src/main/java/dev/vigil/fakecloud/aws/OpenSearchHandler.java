package dev.vigil.fakecloud.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.fakecloud.org.AccountResources;
import dev.vigil.fakecloud.org.DataStores;
import dev.vigil.fakecloud.org.SearchDomain;
import dev.vigil.fakecloud.org.SyntheticOrg;
import java.util.List;
import java.util.Set;

/**
 * Amazon OpenSearch Service (REST-JSON, API version 2021-01-01): ListDomainNames, DescribeDomains (at most five
 * names a call) and DescribeDomain of the caller's account and region.
 */
public final class OpenSearchHandler implements ServiceHandler {
    private final SyntheticOrg org;

    public OpenSearchHandler(SyntheticOrg org) {
        this.org = org;
    }

    /** The operation of a request, from its method and path. */
    public static String operation(AwsRequest request) {
        String path = request.path();
        String method = request.method();
        if (path.equals("/2021-01-01/domain")) {
            return "GET".equals(method) ? "ListDomainNames" : null;
        }
        if (path.equals("/2021-01-01/opensearch/domain-info")) {
            return "POST".equals(method) ? "DescribeDomains" : null;
        }
        if (path.equals("/2021-01-01/opensearch/domain")) {
            return "POST".equals(method) ? "CreateDomain" : null;
        }
        if (path.startsWith("/2021-01-01/opensearch/domain/")) {
            String rest = path.substring("/2021-01-01/opensearch/domain/".length());
            if (rest.contains("/")) {
                return "UpdateDomainConfig";
            }
            return "DELETE".equals(method) ? "DeleteDomain" : "DescribeDomain";
        }
        return null;
    }

    @Override
    public Set<String> readOperations() {
        return Set.of("ListDomainNames", "DescribeDomains", "DescribeDomain");
    }

    @Override
    public AwsResponse handle(AwsRequest request, String operation) {
        AccountResources account = org.resources(request.accountId())
                .orElseThrow(() -> new AwsError(403, "AccessDeniedException", "account " + request.accountId()
                        + " is not active"));
        DataStores stores = account.region(request.region()) == null ? DataStores.NONE
                : account.region(request.region()).dataStores();
        List<SearchDomain> domains = stores.domains();
        ObjectNode out = JsonProtocol.object();
        switch (operation) {
            case "ListDomainNames" -> {
                ArrayNode names = out.putArray("DomainNames");
                domains.forEach(d -> names.addObject().put("DomainName", d.name()).put("EngineType", "OpenSearch"));
            }
            case "DescribeDomains" -> {
                JsonNode in = JsonProtocol.body(request).path("DomainNames");
                if (!in.isArray() || in.isEmpty() || in.size() > 5) {
                    throw new AwsError(400, "ValidationException", "DomainNames must list 1 to 5 domain names");
                }
                ArrayNode list = out.putArray("DomainStatusList");
                // unknown names are left out, as AWS does
                in.forEach(n -> domains.stream().filter(d -> d.name().equals(n.asText())).findFirst()
                        .ifPresent(d -> status(list.addObject(), d, request)));
            }
            case "DescribeDomain" -> {
                String name = request.path().substring("/2021-01-01/opensearch/domain/".length());
                SearchDomain d = domains.stream().filter(x -> x.name().equals(name)).findFirst()
                        .orElseThrow(() -> new AwsError(409, "ResourceNotFoundException", "Domain not found: " + name));
                status(out.putObject("DomainStatus"), d, request);
            }
            default -> throw new AwsError(400, "ValidationException", operation);
        }
        return RestJsonProtocol.respond(out);
    }

    private static void status(ObjectNode o, SearchDomain d, AwsRequest request) {
        String region = request.region();
        String acct = request.accountId();
        o.put("DomainId", acct + "/" + d.name()).put("DomainName", d.name()).put("ARN", d.arn(region, acct))
                .put("Created", true).put("Deleted", false).put("Processing", false).put("UpgradeProcessing", false)
                .put("EngineVersion", "OpenSearch_2.17").put("AccessPolicies", d.policy());
        String host = "search-" + d.name() + "-c0ffee." + region + ".es.amazonaws.com";
        if (d.vpcId() == null) {
            o.put("Endpoint", host);
        } else {
            o.putObject("Endpoints").put("vpc", "vpc-" + host);
            ObjectNode vpc = o.putObject("VPCOptions").put("VPCId", d.vpcId());
            vpc.putArray("SubnetIds").add("subnet-0c0ffee");
            vpc.putArray("AvailabilityZones").add(region + "a");
            vpc.putArray("SecurityGroupIds").add("sg-0c0ffee");
        }
        o.putObject("ClusterConfig").put("InstanceType", "r6g.large.search").put("InstanceCount", 2)
                .put("DedicatedMasterEnabled", false).put("ZoneAwarenessEnabled", false);
        o.putObject("EBSOptions").put("EBSEnabled", true).put("VolumeType", "gp3").put("VolumeSize", 100);
        ObjectNode atRest = o.putObject("EncryptionAtRestOptions").put("Enabled", d.encryptionAtRest());
        if (d.kmsKeyArn() != null) {
            atRest.put("KmsKeyId", d.kmsKeyArn());
        }
        o.putObject("NodeToNodeEncryptionOptions").put("Enabled", d.nodeToNode());
        o.putObject("DomainEndpointOptions").put("EnforceHTTPS", d.enforceHttps())
                .put("TLSSecurityPolicy", d.tlsPolicy()).put("CustomEndpointEnabled", false);
        o.putObject("AdvancedSecurityOptions").put("Enabled", d.fineGrained())
                .put("InternalUserDatabaseEnabled", false).put("AnonymousAuthEnabled", false);
        ObjectNode logs = o.putObject("LogPublishingOptions");
        logs.putObject("AUDIT_LOGS").put("Enabled", d.auditLogs())
                .put("CloudWatchLogsLogGroupArn", "arn:aws:logs:" + region + ":" + acct
                        + ":log-group:/aws/opensearch/" + d.name() + "/audit");
        logs.putObject("ES_APPLICATION_LOGS").put("Enabled", true)
                .put("CloudWatchLogsLogGroupArn", "arn:aws:logs:" + region + ":" + acct
                        + ":log-group:/aws/opensearch/" + d.name() + "/application");
    }
}
