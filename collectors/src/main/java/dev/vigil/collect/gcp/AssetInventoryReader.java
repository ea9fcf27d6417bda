package dev.vigil.collect.gcp;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.cloud.asset.v1.Asset;
import com.google.cloud.asset.v1.ContentType;
import com.google.cloud.asset.v1.ListAssetsRequest;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.MessageOrBuilder;
import com.google.protobuf.util.JsonFormat;
import dev.vigil.snapshot.Gap;
import dev.vigil.snapshot.UnknownInput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Reads the whole organization from Cloud Asset Inventory in three paged listings (resources, IAM policies, org
 * policies): the calls a large estate needs do not grow with its number of projects.
 */
final class AssetInventoryReader {
    static final List<String> RESOURCE_TYPES = List.of(
            "compute.googleapis.com/Project", "compute.googleapis.com/Network", "compute.googleapis.com/Subnetwork",
            "compute.googleapis.com/Firewall", "compute.googleapis.com/Instance", "storage.googleapis.com/Bucket",
            "cloudkms.googleapis.com/CryptoKey", "iam.googleapis.com/ServiceAccount",
            "iam.googleapis.com/ServiceAccountKey", "sqladmin.googleapis.com/Instance",
            "bigquery.googleapis.com/Dataset", "dns.googleapis.com/ManagedZone",
            "container.googleapis.com/Cluster", "logging.googleapis.com/LogSink", "logging.googleapis.com/LogMetric",
            "monitoring.googleapis.com/AlertPolicy", "dns.googleapis.com/Policy", "serviceusage.googleapis.com/Service",
            "apikeys.googleapis.com/Key", "secretmanager.googleapis.com/Secret", "pubsub.googleapis.com/Topic",
            "run.googleapis.com/Service", "cloudfunctions.googleapis.com/CloudFunction");
    static final List<String> POLICY_TYPES = List.of(
            "cloudresourcemanager.googleapis.com/Organization", "cloudresourcemanager.googleapis.com/Folder",
            "cloudresourcemanager.googleapis.com/Project", "storage.googleapis.com/Bucket",
            "cloudkms.googleapis.com/CryptoKey", "iam.googleapis.com/ServiceAccount", "run.googleapis.com/Service",
            "cloudfunctions.googleapis.com/CloudFunction");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonFormat.Printer PRINTER = JsonFormat.printer().omittingInsignificantWhitespace();

    private final GcpClients clients;
    private final List<Gap> gaps = new ArrayList<>();
    private final List<Gap> organizationGaps = new ArrayList<>();
    private final Map<String, List<Gap>> projectGaps = new ConcurrentHashMap<>();
    private final Map<ContentType, Gap> policyFailures = new EnumMap<>(ContentType.class);
    private int calls;

    AssetInventoryReader(GcpClients clients) {
        this.clients = clients;
    }

    /**
     * @param projects the projects to collect ({@code projects/<number>}): when the organization-wide resource
     *                 listing is refused, each is listed at its own scope instead, where access is often granted
     */
    AssetSnapshot read(String organization, List<String> projects) {
        Map<String, AssetSnapshot.Asset> resources = new ConcurrentHashMap<>();
        Map<String, ObjectNode> iam = new ConcurrentHashMap<>();
        Map<String, ArrayNode> orgPolicies = new ConcurrentHashMap<>();
        Map<String, List<String>> ancestors = new ConcurrentHashMap<>();
        Consumer<Asset> resourceSink = a -> {
            ObjectNode data = (ObjectNode) json(a.getResource().getData());
            resources.put(a.getName(), new AssetSnapshot.Asset(a.getName(), a.getAssetType(),
                    a.getResource().getLocation(), data, a.getAncestorsList()));
            ancestors.put(a.getName(), a.getAncestorsList());
        };
        RuntimeException refused = list(organization, ContentType.RESOURCE, RESOURCE_TYPES, resourceSink);
        if (refused != null) {
            organizationGaps.add(GcpErrors.gap(organization, "cloudasset", "ListAssets RESOURCE", refused));
            for (String project : projects) {
                RuntimeException failed = list(project, ContentType.RESOURCE, RESOURCE_TYPES, resourceSink);
                if (failed != null) {
                    // neither listing saw this project's resources: every type collected from them is unlisted
                    projectGaps.computeIfAbsent(project, k -> new ArrayList<>()).add(GcpErrors.gap(project,
                            "cloudasset", "ListAssets RESOURCE", failed).withResourceTypes(GcpRecords.ASSET_TYPES));
                }
            }
        }
        listOrGap(organization, ContentType.IAM_POLICY, POLICY_TYPES, a -> {
            ObjectNode policy = (ObjectNode) json(a.getIamPolicy());
            policy.remove("etag");
            iam.put(a.getName(), policy);
            ancestors.putIfAbsent(a.getName(), a.getAncestorsList());
        });
        listOrGap(organization, ContentType.ORG_POLICY, List.of(POLICY_TYPES.get(0), POLICY_TYPES.get(1), POLICY_TYPES.get(2)),
                a -> {
                    ArrayNode policies = JSON.createArrayNode();
                    a.getOrgPolicyList().forEach(p -> policies.add(json(p)));
                    orgPolicies.put(a.getName(), policies);
                    ancestors.putIfAbsent(a.getName(), a.getAncestorsList());
                });
        return new AssetSnapshot(resources, iam, orgPolicies, ancestors);
    }

    /** Failures that leave every project incomplete (policies inherited from the organization and folders). */
    List<Gap> gaps() {
        return List.copyOf(gaps);
    }

    /** Failures of organization-wide listings that the per-project listings made up for. */
    List<Gap> organizationGaps() {
        return List.copyOf(organizationGaps);
    }

    /** Failures of one project's own listing ({@code projects/<number>}). */
    List<Gap> projectGaps(String project) {
        return projectGaps.getOrDefault(project, List.of());
    }

    /** The failed organization-wide listings of IAM policies and org policies. */
    PolicyFailures policyFailures() {
        return new PolicyFailures(unknown(ContentType.IAM_POLICY), unknown(ContentType.ORG_POLICY),
                organizationGaps.stream().findFirst().map(g -> GcpErrors.unknown("", g)));
    }

    private Optional<UnknownInput> unknown(ContentType contentType) {
        return Optional.ofNullable(policyFailures.get(contentType)).map(g -> GcpErrors.unknown("", g));
    }

    int calls() {
        return calls;
    }

    private void listOrGap(String parent, ContentType contentType, List<String> types, Consumer<Asset> sink) {
        RuntimeException failed = list(parent, contentType, types, sink);
        if (failed != null) {
            Gap gap = GcpErrors.gap(parent, "cloudasset", "ListAssets " + contentType.name(), failed);
            gaps.add(gap);
            policyFailures.put(contentType, gap);
        }
    }

    /** Lists every page into {@code sink}; returns the failure, or null. */
    private RuntimeException list(String parent, ContentType contentType, List<String> types, Consumer<Asset> sink) {
        ListAssetsRequest request = ListAssetsRequest.newBuilder().setParent(parent).setContentType(contentType)
                .addAllAssetTypes(types).setPageSize(1000).build();
        try {
            for (var page : clients.assets.listAssets(request).iteratePages()) {
                calls++;
                page.getValues().forEach(sink);
            }
            return null;
        } catch (RuntimeException e) {
            return e;
        }
    }

    static com.fasterxml.jackson.databind.JsonNode json(MessageOrBuilder message) {
        try {
            return JSON.readTree(PRINTER.print(message));
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalStateException("cannot print " + message.getClass().getSimpleName(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
