package dev.vigil.fakecloud.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.fakecloud.org.SyntheticOrg;
import dev.vigil.fakecloud.org.Trail;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** AWS CloudTrail (JSON 1.1): trails visible in a region (home trails plus multi-region shadows), status, selectors. */
public final class CloudTrailHandler implements ServiceHandler {
    private final SyntheticOrg org;

    public CloudTrailHandler(SyntheticOrg org) {
        this.org = org;
    }

    @Override
    public Set<String> readOperations() {
        return Set.of("DescribeTrails", "GetTrailStatus", "GetEventSelectors", "ListTrails");
    }

    @Override
    public AwsResponse handle(AwsRequest request, String operation) {
        JsonNode in = JsonProtocol.body(request);
        List<Trail> trails = org.resources(request.accountId()).map(r -> r.trails()).orElse(List.of());
        String region = request.region();
        ObjectNode out = JsonProtocol.object();
        switch (operation) {
            case "DescribeTrails" -> describe(in, trails, region, out.putArray("trailList"));
            case "ListTrails" -> trails.forEach(t -> out.withArray("Trails").addObject().put("TrailARN", t.arn())
                    .put("Name", t.name()).put("HomeRegion", t.homeRegion()));
            case "GetTrailStatus" -> {
                Trail t = find(trails, region, JsonPages.required(in, "Name"));
                Instant now = org.generatedAt();
                out.put("IsLogging", t.logging()).put("LatestDeliveryTime", JsonProtocol.epoch(now.minusSeconds(300)))
                        .put("StartLoggingTime", JsonProtocol.epoch(now.minusSeconds(86_400L * 300)))
                        .put("TimeLoggingStarted", now.minusSeconds(86_400L * 300).toString());
                if (!t.logging()) {
                    out.put("StopLoggingTime", JsonProtocol.epoch(now.minusSeconds(86_400L * 20)));
                }
            }
            case "GetEventSelectors" -> {
                Trail t = find(trails, region, JsonPages.required(in, "TrailName"));
                out.put("TrailARN", t.arn());
                ObjectNode selector = out.putArray("EventSelectors").addObject();
                selector.put("ReadWriteType", "All").put("IncludeManagementEvents", true);
                selector.putArray("DataResources");
                selector.putArray("ExcludeManagementEventSources");
            }
            default -> throw new AwsError(400, "UnknownOperationException", operation);
        }
        return JsonProtocol.respond(out);
    }

    private static void describe(JsonNode in, List<Trail> trails, String region, ArrayNode list) {
        JsonNode shadow = in.get("includeShadowTrails");
        boolean includeShadows = shadow == null || shadow.isNull() || shadow.asBoolean();
        Set<String> names = new HashSet<>();
        JsonNode nameList = in.get("trailNameList");
        if (nameList != null) {
            nameList.forEach(n -> names.add(n.asText()));
        }
        for (Trail t : trails) {
            boolean home = t.homeRegion().equals(region);
            if (!home && !(includeShadows && t.multiRegion())) {
                continue;
            }
            if (!names.isEmpty() && !names.contains(t.name()) && !names.contains(t.arn())) {
                continue;
            }
            ObjectNode o = list.addObject();
            o.put("Name", t.name()).put("S3BucketName", t.bucket())
                    .put("IncludeGlobalServiceEvents", t.includeGlobalEvents()).put("IsMultiRegionTrail", t.multiRegion())
                    .put("HomeRegion", t.homeRegion()).put("TrailARN", t.arn())
                    .put("LogFileValidationEnabled", t.logFileValidation()).put("HasCustomEventSelectors", false)
                    .put("HasInsightSelectors", false).put("IsOrganizationTrail", t.organizationTrail());
            if (t.kmsKeyArn() != null) {
                o.put("KmsKeyId", t.kmsKeyArn());
            }
            if (t.logGroupArn() != null) {
                o.put("CloudWatchLogsLogGroupArn", t.logGroupArn()).put("CloudWatchLogsRoleArn", "arn:aws:iam::"
                        + t.arn().split(":")[4] + ":role/CloudTrail_CloudWatchLogs_Role");
            }
        }
    }

    private static Trail find(List<Trail> trails, String region, String nameOrArn) {
        return trails.stream().filter(t -> t.arn().equals(nameOrArn)
                || (t.name().equals(nameOrArn) && (t.homeRegion().equals(region) || t.multiRegion())))
                .findFirst().orElseThrow(() -> new AwsError(400, "TrailNotFoundException",
                        "Unknown trail: " + nameOrArn + " for the user"));
    }
}
