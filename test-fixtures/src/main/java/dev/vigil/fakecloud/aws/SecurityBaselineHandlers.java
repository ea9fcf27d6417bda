package dev.vigil.fakecloud.aws;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.fakecloud.org.RegionResources;
import dev.vigil.fakecloud.org.SecurityBaseline;
import dev.vigil.fakecloud.org.SyntheticOrg;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * The detective baseline services of a region, each in its own wire format: GuardDuty, Security Hub and IAM Access
 * Analyzer (REST-JSON), AWS Config (JSON 1.1, {@code StarlingDoveService}).
 */
public final class SecurityBaselineHandlers {
    private SecurityBaselineHandlers() {}

    private static Optional<SecurityBaseline> baseline(SyntheticOrg org, AwsRequest request) {
        return org.resources(request.accountId()).map(r -> r.region(request.region())).map(RegionResources::baseline);
    }

    // ---- GuardDuty: GET /detector, GET /detector/{detectorId}

    public static String guardDutyOperation(AwsRequest request) {
        String path = request.path();
        if (path.equals("/detector") || path.equals("/detector/")) {
            return "GET".equals(request.method()) ? "ListDetectors" : "CreateDetector";
        }
        if (path.startsWith("/detector/") && path.indexOf('/', "/detector/".length()) < 0) {
            return switch (request.method()) {
                case "GET" -> "GetDetector";
                case "DELETE" -> "DeleteDetector";
                default -> "UpdateDetector";
            };
        }
        return path.startsWith("/detector/") ? "UnsupportedDetectorOperation" : null;
    }

    public static final class GuardDuty implements ServiceHandler {
        private final SyntheticOrg org;

        public GuardDuty(SyntheticOrg org) {
            this.org = org;
        }

        @Override
        public Set<String> readOperations() {
            return Set.of("ListDetectors", "GetDetector");
        }

        @Override
        public AwsResponse handle(AwsRequest request, String operation) {
            Optional<SecurityBaseline> b = baseline(org, request).filter(x -> x.guardDutyStatus() != null);
            String id = b.map(x -> x.detectorId(request.accountId(), request.region())).orElse(null);
            ObjectNode out = JsonProtocol.object();
            if ("ListDetectors".equals(operation)) {
                ArrayNode ids = out.putArray("detectorIds");
                if (id != null) {
                    ids.add(id);
                }
                return RestJsonProtocol.respond(out);
            }
            String wanted = request.path().substring("/detector/".length());
            if (id == null || !id.equals(wanted)) {
                throw new AwsError(400, "BadRequestException", "The request is rejected because the input detectorId "
                        + "is not owned by the current account.");
            }
            String created = org.generatedAt().minusSeconds(86_400L * 400).toString();
            out.put("createdAt", created).put("updatedAt", created).put("findingPublishingFrequency", "SIX_HOURS")
                    .put("serviceRole", "arn:aws:iam::" + request.accountId()
                            + ":role/aws-service-role/guardduty.amazonaws.com/AWSServiceRoleForAmazonGuardDuty")
                    .put("status", b.get().guardDutyStatus());
            out.putObject("tags");
            return RestJsonProtocol.respond(out);
        }
    }

    // ---- Security Hub: GET /accounts (DescribeHub)

    public static String securityHubOperation(AwsRequest request) {
        if (request.path().equals("/accounts")) {
            return switch (request.method()) {
                case "GET" -> "DescribeHub";
                case "POST" -> "EnableSecurityHub";
                case "DELETE" -> "DisableSecurityHub";
                default -> "UpdateSecurityHubConfiguration";
            };
        }
        return null;
    }

    public static final class SecurityHub implements ServiceHandler {
        private final SyntheticOrg org;

        public SecurityHub(SyntheticOrg org) {
            this.org = org;
        }

        @Override
        public Set<String> readOperations() {
            return Set.of("DescribeHub");
        }

        @Override
        public AwsResponse handle(AwsRequest request, String operation) {
            if (!baseline(org, request).map(SecurityBaseline::securityHub).orElse(false)) {
                throw new AwsError(401, "InvalidAccessException", "Account " + request.accountId()
                        + " is not subscribed to AWS Security Hub");
            }
            ObjectNode out = JsonProtocol.object();
            out.put("HubArn", "arn:aws:securityhub:" + request.region() + ":" + request.accountId() + ":hub/default")
                    .put("SubscribedAt", org.generatedAt().minusSeconds(86_400L * 400).toString())
                    .put("AutoEnableControls", true).put("ControlFindingGenerator", "SECURITY_CONTROL");
            return RestJsonProtocol.respond(out);
        }
    }

    // ---- IAM Access Analyzer: GET /analyzer

    public static String accessAnalyzerOperation(AwsRequest request) {
        if (request.path().equals("/analyzer")) {
            return "GET".equals(request.method()) ? "ListAnalyzers" : "CreateAnalyzer";
        }
        return request.path().startsWith("/analyzer/") ? ("GET".equals(request.method()) ? "GetAnalyzer"
                : "DeleteAnalyzer") : null;
    }

    public static final class AccessAnalyzer implements ServiceHandler {
        private final SyntheticOrg org;

        public AccessAnalyzer(SyntheticOrg org) {
            this.org = org;
        }

        @Override
        public Set<String> readOperations() {
            return Set.of("ListAnalyzers");
        }

        @Override
        public AwsResponse handle(AwsRequest request, String operation) {
            ObjectNode out = JsonProtocol.object();
            ArrayNode list = out.putArray("analyzers");
            String type = request.query().get("type");
            Optional<String> status = baseline(org, request).map(SecurityBaseline::analyzerStatus);
            if (status.isPresent() && (type == null || "ACCOUNT".equals(type))) {
                String name = "ExternalAccess-" + request.region();
                Instant created = org.generatedAt().minusSeconds(86_400L * 300);
                list.addObject().put("arn", "arn:aws:access-analyzer:" + request.region() + ":" + request.accountId()
                        + ":analyzer/" + name).put("name", name).put("type", "ACCOUNT")
                        .put("createdAt", created.toString()).put("status", status.get()).putObject("tags");
            }
            return RestJsonProtocol.respond(out);
        }
    }

    // ---- AWS Config (JSON 1.1)

    public static final class Config implements ServiceHandler {
        private final SyntheticOrg org;

        public Config(SyntheticOrg org) {
            this.org = org;
        }

        @Override
        public Set<String> readOperations() {
            return Set.of("DescribeConfigurationRecorders", "DescribeConfigurationRecorderStatus",
                    "DescribeDeliveryChannels");
        }

        @Override
        public AwsResponse handle(AwsRequest request, String operation) {
            JsonProtocol.body(request);
            Optional<SecurityBaseline> b = baseline(org, request);
            String acct = request.accountId();
            ObjectNode out = JsonProtocol.object();
            boolean recorder = b.map(SecurityBaseline::configRecorder).orElse(false);
            switch (operation) {
                case "DescribeConfigurationRecorders" -> {
                    ArrayNode list = out.putArray("ConfigurationRecorders");
                    if (recorder) {
                        ObjectNode r = list.addObject().put("name", "default")
                                .put("roleARN", "arn:aws:iam::" + acct + ":role/aws-service-role/config.amazonaws.com/"
                                        + "AWSServiceRoleForConfig");
                        ObjectNode group = r.putObject("recordingGroup").put("allSupported", true)
                                .put("includeGlobalResourceTypes", b.get().configGlobal());
                        group.putArray("resourceTypes");
                        group.putObject("recordingStrategy").put("useOnly", "ALL_SUPPORTED_RESOURCE_TYPES");
                        r.putObject("recordingMode").put("recordingFrequency", "CONTINUOUS");
                    }
                }
                case "DescribeConfigurationRecorderStatus" -> {
                    ArrayNode list = out.putArray("ConfigurationRecordersStatus");
                    if (recorder) {
                        boolean on = b.get().configRecording();
                        Instant started = org.generatedAt().minusSeconds(86_400L * 300);
                        ObjectNode s = list.addObject().put("name", "default").put("recording", on)
                                .put("lastStatus", on ? "SUCCESS" : "PENDING")
                                .put("lastStartTime", JsonProtocol.epoch(started))
                                .put("lastStatusChangeTime", JsonProtocol.epoch(org.generatedAt().minusSeconds(600)));
                        if (!on) {
                            s.put("lastStopTime", JsonProtocol.epoch(org.generatedAt().minusSeconds(86_400L * 30)));
                        }
                    }
                }
                case "DescribeDeliveryChannels" -> {
                    ArrayNode list = out.putArray("DeliveryChannels");
                    if (b.map(SecurityBaseline::deliveryChannel).orElse(false)) {
                        list.addObject().put("name", "default").put("s3BucketName", "config-bucket-" + acct)
                                .putObject("configSnapshotDeliveryProperties").put("deliveryFrequency", "TwentyFour_Hours");
                    }
                }
                default -> throw new AwsError(400, "UnknownOperationException", operation);
            }
            return JsonProtocol.respond(out);
        }
    }
}
