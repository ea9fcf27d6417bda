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
                if (t.advancedSelectors()) {
                    advancedSelectors(t, out.putArray("AdvancedEventSelectors"));
                } else {
                    ObjectNode selector = out.putArray("EventSelectors").addObject();
                    selector.put("ReadWriteType", "All").put("IncludeManagementEvents", true);
                    selector.putArray("DataResources");
                    selector.putArray("ExcludeManagementEventSources");
                    if (t.s3DataEvents() != null) {
                        ObjectNode data = out.withArray("EventSelectors").addObject();
                        data.put("ReadWriteType", t.s3DataEvents()).put("IncludeManagementEvents", false);
                        data.putArray("DataResources").addObject().put("Type", "AWS::S3::Object")
                                .putArray("Values").add("arn:aws:s3");
                        data.putArray("ExcludeManagementEventSources");
                    }
                }
            }
            default -> throw new AwsError(400, "UnknownOperationException", operation);
        }
        return JsonProtocol.respond(out);
    }

    /** What the console writes for "management events" and "S3 data events, all buckets". */
    private static void advancedSelectors(Trail t, ArrayNode list) {
        ObjectNode management = list.addObject().put("Name", "Management events selector");
        management.putArray("FieldSelectors").addObject().put("Field", "eventCategory").putArray("Equals")
                .add("Management");
        if (t.s3DataEvents() != null) {
            ObjectNode data = list.addObject().put("Name", "S3 object events");
            ArrayNode fields = data.putArray("FieldSelectors");
            fields.addObject().put("Field", "eventCategory").putArray("Equals").add("Data");
            fields.addObject().put("Field", "resources.type").putArray("Equals").add("AWS::S3::Object");
            if (!t.s3DataEvents().equals("All")) {
                fields.addObject().put("Field", "readOnly").putArray("Equals")
                        .add(t.s3DataEvents().equals("ReadOnly") ? "true" : "false");
            }
        }
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
                    .put("LogFileValidationEnabled", t.logFileValidation())
                    .put("HasCustomEventSelectors", t.s3DataEvents() != null || t.advancedSelectors())
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
