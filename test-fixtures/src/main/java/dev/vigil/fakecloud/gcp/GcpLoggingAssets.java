package dev.vigil.fakecloud.gcp;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.fakecloud.org.Finding;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

/**
 * One project's logging and monitoring assets as Cloud Asset Inventory returns them (Logging v2 {@code LogSink} and
 * {@code LogMetric}, Monitoring v3 {@code AlertPolicy}, Cloud DNS v1 {@code Policy}, Service Usage v1
 * {@code Service}): the CIS GCP section 2 setup on clean projects, a gap of its own per planted kind.
 */
final class GcpLoggingAssets {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The CIS GCP 3.0 log-based metrics (2.4 to 2.11): name, filter, the plant that breaks the pair. */
    record CisMetric(String name, String filter, GcpPlant plant) {
    }

    static final List<CisMetric> CIS_METRICS = List.of(
            new CisMetric("project-ownership-changes", "(protoPayload.serviceName=\"cloudresourcemanager.googleapis.com\") "
                    + "AND (ProjectOwnership OR projectOwnerInvitee) OR (protoPayload.serviceData.policyDelta.bindingDeltas"
                    + ".action=\"REMOVE\" AND protoPayload.serviceData.policyDelta.bindingDeltas.role=\"roles/owner\") OR "
                    + "(protoPayload.serviceData.policyDelta.bindingDeltas.action=\"ADD\" AND protoPayload.serviceData"
                    + ".policyDelta.bindingDeltas.role=\"roles/owner\")", GcpPlant.METRIC_OWNERSHIP_MISSING),
            new CisMetric("audit-config-changes", "protoPayload.methodName=\"SetIamPolicy\" AND "
                    + "protoPayload.serviceData.policyDelta.auditConfigDeltas:*", GcpPlant.ALERT_AUDIT_CONFIG_DISABLED),
            new CisMetric("custom-role-changes", "resource.type=\"iam_role\" AND (protoPayload.methodName="
                    + "\"google.iam.admin.v1.CreateRole\" OR protoPayload.methodName=\"google.iam.admin.v1.DeleteRole\" OR "
                    + "protoPayload.methodName=\"google.iam.admin.v1.UpdateRole\")", GcpPlant.ALERT_CUSTOM_ROLE_MISSING),
            // written over several lines, as people do: whitespace does not matter
            new CisMetric("firewall-changes", "resource.type=\"gce_firewall_rule\"\nAND (protoPayload.methodName:"
                    + "\"compute.firewalls.patch\"\n  OR protoPayload.methodName:\"compute.firewalls.insert\"\n  OR "
                    + "protoPayload.methodName:\"compute.firewalls.delete\")", GcpPlant.METRIC_FIREWALL_NARROWED),
            new CisMetric("route-changes", "resource.type=\"gce_route\" AND (protoPayload.methodName:"
                    + "\"compute.routes.delete\" OR protoPayload.methodName:\"compute.routes.insert\")",
                    GcpPlant.ALERT_ROUTE_OTHER_METRIC),
            new CisMetric("network-changes", "resource.type=\"gce_network\" AND (protoPayload.methodName:"
                    + "\"compute.networks.insert\" OR protoPayload.methodName:\"compute.networks.patch\" OR "
                    + "protoPayload.methodName:\"compute.networks.delete\" OR protoPayload.methodName:"
                    + "\"compute.networks.removePeering\" OR protoPayload.methodName:\"compute.networks.addPeering\")",
                    GcpPlant.METRIC_NETWORK_DISABLED),
            new CisMetric("storage-iam-changes", "resource.type=\"gcs_bucket\" AND protoPayload.methodName="
                    + "\"storage.setIamPermissions\"", GcpPlant.METRIC_STORAGE_IAM_MISSING),
            new CisMetric("sql-config-changes", "protoPayload.methodName=\"cloudsql.instances.update\"",
                    GcpPlant.ALERT_SQL_CONFIG_MISSING));

    private final GcpProject p;
    private final Set<GcpPlant> plants;
    private final List<String> ancestors;
    private final Instant now;
    private final List<GcpAsset> assets;
    private final List<Finding> findings;
    private final String id;
    private int alertIds;

    GcpLoggingAssets(GcpProject p, Set<GcpPlant> plants, List<String> ancestors, Instant now, List<GcpAsset> assets,
                     List<Finding> findings) {
        this.p = p;
        this.plants = plants;
        this.ancestors = ancestors;
        this.now = now;
        this.assets = assets;
        this.findings = findings;
        this.id = p.projectId();
    }

    /** Call after the project's networks exist: the DNS policy attaches to every one of them. */
    void build() {
        sinks();
        metricsAndAlerts();
        dnsPolicies();
        services();
    }

    private boolean has(GcpPlant plant) {
        return plants.contains(plant);
    }

    private void fail(GcpPlant plant) {
        if (has(plant)) {
            plant.checkIds().forEach(c -> findings.add(new Finding(c, p.uid())));
        }
    }

    private void add(String assetType, String name, ObjectNode data) {
        assets.add(new GcpAsset(name, assetType, ancestors, "global", data, null, List.of()));
    }

    /** A sink of a folder or the organization, as Cloud Asset Inventory lists it at that node. */
    static GcpAsset nodeSink(String node, List<String> ancestors, String name, String filter, String destination,
                             Instant now) {
        ObjectNode s = sink(name, filter, destination, now).put("includeChildren", true)
                .put("writerIdentity", "serviceAccount:service-" + node.replaceAll("\\D", "")
                        + "@gcp-sa-logging.iam.gserviceaccount.com");
        return new GcpAsset("//logging.googleapis.com/" + node + "/sinks/" + name, "logging.googleapis.com/LogSink",
                ancestors, "global", s, null, List.of());
    }

    private static ObjectNode sink(String name, String filter, String destination, Instant now) {
        ObjectNode s = JSON.createObjectNode().put("name", name).put("destination", destination);
        if (filter != null) {
            s.put("filter", filter);
        }
        return s.put("createTime", now.minus(300, ChronoUnit.DAYS).toString())
                .put("updateTime", now.minus(30, ChronoUnit.DAYS).toString());
    }

    /** Every project exports its errors; all entries are exported unless a missing sink is planted. */
    private void sinks() {
        String errors = "bigquery.googleapis.com/projects/" + id + "/datasets/error_logs";
        add("logging.googleapis.com/LogSink", "//logging.googleapis.com/projects/" + id + "/sinks/errors",
                sink("errors", "severity>=ERROR", errors, now).put("writerIdentity",
                        "serviceAccount:service-" + p.number() + "@gcp-sa-logging.iam.gserviceaccount.com"));
        if (has(GcpPlant.NO_LOG_SINK)) {
            fail(GcpPlant.NO_LOG_SINK);
            return;
        }
        add("logging.googleapis.com/LogSink", "//logging.googleapis.com/projects/" + id + "/sinks/all-logs",
                sink("all-logs", null, "storage.googleapis.com/" + id + "-logs", now).put("writerIdentity",
                        "serviceAccount:service-" + p.number() + "@gcp-sa-logging.iam.gserviceaccount.com"));
    }

    private void metricsAndAlerts() {
        for (CisMetric m : CIS_METRICS) {
            GcpPlant plant = has(m.plant()) ? m.plant() : null;
            if (plant != GcpPlant.METRIC_OWNERSHIP_MISSING && plant != GcpPlant.METRIC_STORAGE_IAM_MISSING) {
                String filter = plant == GcpPlant.METRIC_FIREWALL_NARROWED
                        ? "resource.type=\"gce_firewall_rule\" AND protoPayload.methodName:\"compute.firewalls.insert\""
                        : m.filter();
                metric(m.name(), filter, plant == GcpPlant.METRIC_NETWORK_DISABLED);
            }
            if (plant != GcpPlant.ALERT_CUSTOM_ROLE_MISSING && plant != GcpPlant.ALERT_SQL_CONFIG_MISSING) {
                String watched = plant == GcpPlant.ALERT_ROUTE_OTHER_METRIC ? m.name() + "-v1" : m.name();
                alert(watched, plant != GcpPlant.ALERT_AUDIT_CONFIG_DISABLED);
            }
            if (plant != null) {
                fail(plant);
            }
        }
    }

    private void metric(String name, String filter, boolean disabled) {
        ObjectNode m = JSON.createObjectNode().put("name", name).put("description", "CIS GCP 2.x: " + name)
                .put("filter", filter).put("createTime", now.minus(200, ChronoUnit.DAYS).toString());
        if (disabled) {
            m.put("disabled", true);
        }
        m.putObject("metricDescriptor").put("name", "projects/" + id + "/metricDescriptors/logging.googleapis.com/user/"
                        + name).put("metricKind", "DELTA").put("valueType", "INT64").put("unit", "1")
                .put("type", "logging.googleapis.com/user/" + name);
        add("logging.googleapis.com/LogMetric", "//logging.googleapis.com/projects/" + id + "/metrics/" + name, m);
    }

    private void alert(String metric, boolean enabled) {
        String number = String.valueOf(1_000_000_000_000L + p.number() % 100_000 * 100 + ++alertIds);
        String name = "projects/" + id + "/alertPolicies/" + number;
        ObjectNode a = JSON.createObjectNode().put("name", name).put("displayName", metric).put("combiner", "OR")
                .put("enabled", enabled);
        ObjectNode condition = a.putArray("conditions").addObject().put("name", name + "/conditions/1")
                .put("displayName", metric + " > 0");
        ObjectNode threshold = condition.putObject("conditionThreshold").put("filter",
                        "metric.type=\"logging.googleapis.com/user/" + metric + "\" AND resource.type=\"global\"")
                .put("comparison", "COMPARISON_GT").put("thresholdValue", 0).put("duration", "0s");
        threshold.putObject("trigger").put("count", 1);
        threshold.putArray("aggregations").addObject().put("alignmentPeriod", "60s")
                .put("perSeriesAligner", "ALIGN_COUNT");
        a.putArray("notificationChannels").add("projects/" + id + "/notificationChannels/4242");
        a.putObject("creationRecord").put("mutateTime", now.minus(200, ChronoUnit.DAYS).toString());
        add("monitoring.googleapis.com/AlertPolicy", "//monitoring.googleapis.com/" + name, a);
    }

    /** A logging DNS policy on every network of the project; a planted network is attached to a silent one. */
    private void dnsPolicies() {
        String prefix = "//compute.googleapis.com/projects/" + id + "/global/networks/";
        List<String> networks = assets.stream().filter(a -> a.assetType().equals("compute.googleapis.com/Network")
                && a.name().startsWith(prefix)).map(a -> a.data().path("selfLink").asText()).toList();
        dnsPolicy("dns-logging", true, networks);
        if (has(GcpPlant.DNS_NETWORK_NO_LOGGING)) {
            String url = "https://www.googleapis.com/compute/v1/projects/" + id + "/global/networks/vpc-unlogged";
            add("compute.googleapis.com/Network", prefix + "vpc-unlogged", JSON.createObjectNode()
                    .put("name", "vpc-unlogged").put("autoCreateSubnetworks", false).put("selfLink", url));
            dnsPolicy("inbound-only", false, List.of(url));
            fail(GcpPlant.DNS_NETWORK_NO_LOGGING);
        }
    }

    private void dnsPolicy(String name, boolean logging, List<String> networkUrls) {
        ObjectNode d = JSON.createObjectNode().put("kind", "dns#policy").put("name", name)
                .put("id", String.valueOf(5_000_000_000L + p.number() % 100_000 * 10 + (logging ? 1 : 2)))
                .put("enableLogging", logging).put("enableInboundForwarding", !logging)
                .put("description", logging ? "DNS query logging" : "inbound forwarding");
        ArrayNode networks = d.putArray("networks");
        // the Cloud DNS API answers with compute.googleapis.com URLs; the networks' self links use www.googleapis.com
        networkUrls.forEach(u -> networks.addObject().put("kind", "dns#policyNetwork")
                .put("networkUrl", u.replace("https://www.googleapis.com/", "https://compute.googleapis.com/")));
        add("dns.googleapis.com/Policy", "//dns.googleapis.com/projects/" + id + "/policies/" + d.path("id").asText(), d);
    }

    private void services() {
        for (String service : List.of("compute.googleapis.com", "logging.googleapis.com", "cloudasset.googleapis.com",
                "container.googleapis.com", "sqladmin.googleapis.com")) {
            if (service.startsWith("cloudasset") && has(GcpPlant.CLOUDASSET_DISABLED)) {
                fail(GcpPlant.CLOUDASSET_DISABLED);
                continue;
            }
            ObjectNode s = JSON.createObjectNode().put("name", p.name() + "/services/" + service)
                    .put("parent", p.name()).put("state", "ENABLED");
            s.putObject("config").put("name", service).put("title", service);
            add("serviceusage.googleapis.com/Service", "//serviceusage.googleapis.com/" + p.name() + "/services/"
                    + service, s);
        }
    }
}
