package dev.vigil.fakecloud.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.fakecloud.FakeCloudOptions;
import dev.vigil.fakecloud.org.ComputeResources;
import dev.vigil.fakecloud.org.EcrRegistryScanning;
import dev.vigil.fakecloud.org.EcrRepository;
import dev.vigil.fakecloud.org.SyntheticOrg;
import java.util.List;
import java.util.Set;

/**
 * Amazon ECR (JSON 1.1, {@code AmazonEC2ContainerRegistry_V20150921}): repositories, their policies and lifecycle
 * policies, and the registry's scanning configuration, of the caller's account and region.
 */
public final class EcrHandler implements ServiceHandler {
    private final SyntheticOrg org;
    private final JsonPages pages;

    public EcrHandler(SyntheticOrg org, FakeCloudOptions options) {
        this.org = org;
        this.pages = new JsonPages(options.maxPageSize());
    }

    @Override
    public Set<String> readOperations() {
        return Set.of("DescribeRepositories", "GetRepositoryPolicy", "GetLifecyclePolicy",
                "GetRegistryScanningConfiguration");
    }

    @Override
    public AwsResponse handle(AwsRequest request, String operation) {
        JsonNode in = JsonProtocol.body(request);
        ComputeResources compute = org.resources(request.accountId()).map(r -> r.region(request.region()).compute())
                .orElse(ComputeResources.NONE);
        String account = request.accountId();
        ObjectNode out = switch (operation) {
            case "DescribeRepositories" -> {
                List<EcrRepository> repos = compute.repositories();
                if (in.has("repositoryNames")) {
                    List<String> names = JsonProtocol.MAPPER.convertValue(in.get("repositoryNames"),
                            JsonProtocol.MAPPER.getTypeFactory().constructCollectionType(List.class, String.class));
                    repos = names.stream().map(n -> find(compute, n, account)).toList();
                }
                yield pages.page(in, repos, "repositories", "nextToken", "maxResults", "nextToken",
                        "InvalidParameterException", (list, r) -> repository(list.addObject(), r, request));
            }
            case "GetRepositoryPolicy" -> {
                EcrRepository r = find(compute, JsonPages.required(in, "repositoryName"), account);
                if (r.policy() == null) {
                    throw new AwsError(400, "RepositoryPolicyNotFoundException", "Repository policy does not exist "
                            + "for the repository with name '" + r.name() + "' in the registry with id '" + account + "'");
                }
                yield JsonProtocol.object().put("registryId", account).put("repositoryName", r.name())
                        .put("policyText", r.policy());
            }
            case "GetLifecyclePolicy" -> {
                EcrRepository r = find(compute, JsonPages.required(in, "repositoryName"), account);
                if (r.lifecyclePolicy() == null) {
                    throw new AwsError(400, "LifecyclePolicyNotFoundException", "Lifecycle policy does not exist for "
                            + "the repository with name '" + r.name() + "' in the registry with id '" + account + "'");
                }
                yield JsonProtocol.object().put("registryId", account).put("repositoryName", r.name())
                        .put("lifecyclePolicyText", r.lifecyclePolicy())
                        .put("lastEvaluatedAt", JsonProtocol.epoch(org.generatedAt().minusSeconds(3600)));
            }
            case "GetRegistryScanningConfiguration" -> {
                ObjectNode o = JsonProtocol.object().put("registryId", account);
                EcrRegistryScanning scanning = compute.registryScanning();
                ObjectNode config = o.putObject("scanningConfiguration").put("scanType", scanning.scanType());
                ArrayNode rules = config.putArray("rules");
                for (EcrRegistryScanning.Rule rule : scanning.rules()) {
                    ObjectNode r = rules.addObject().put("scanFrequency", rule.frequency());
                    ArrayNode filters = r.putArray("repositoryFilters");
                    rule.filters().forEach(f -> filters.addObject().put("filter", f).put("filterType", "WILDCARD"));
                }
                yield o;
            }
            default -> throw new AwsError(400, "UnknownOperationException", operation);
        };
        return JsonProtocol.respond(out);
    }

    private static EcrRepository find(ComputeResources compute, String name, String account) {
        return compute.repositories().stream().filter(r -> r.name().equals(name)).findFirst()
                .orElseThrow(() -> new AwsError(400, "RepositoryNotFoundException", "The repository with name '" + name
                        + "' does not exist in the registry with id '" + account + "'"));
    }

    private static void repository(ObjectNode o, EcrRepository r, AwsRequest request) {
        String account = request.accountId();
        o.put("repositoryArn", r.arn(request.region(), account)).put("registryId", account)
                .put("repositoryName", r.name())
                .put("repositoryUri", account + ".dkr.ecr." + request.region() + ".amazonaws.com/" + r.name())
                .put("createdAt", JsonProtocol.epoch(r.created())).put("imageTagMutability", r.tagMutability());
        o.putObject("imageScanningConfiguration").put("scanOnPush", r.scanOnPush());
        o.putObject("encryptionConfiguration").put("encryptionType", "AES256");
    }
}
