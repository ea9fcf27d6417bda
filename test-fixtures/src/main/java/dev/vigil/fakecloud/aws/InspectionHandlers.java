package dev.vigil.fakecloud.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.fakecloud.org.RegionResources;
import dev.vigil.fakecloud.org.SecurityBaseline;
import dev.vigil.fakecloud.org.SyntheticOrg;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The data-inspection services of a region, both REST-JSON: Macie (GET /macie, GetMacieSession; a region where Macie
 * is not enabled answers AccessDeniedException "Macie is not enabled.") and Amazon Inspector (POST
 * /status/batch/get, BatchGetAccountStatus: the account's state and per-resource-type scan status).
 */
public final class InspectionHandlers {
    private InspectionHandlers() {}

    private static Optional<SecurityBaseline> baseline(SyntheticOrg org, AwsRequest request) {
        return org.resources(request.accountId()).map(r -> r.region(request.region())).map(RegionResources::baseline);
    }

    public static String macieOperation(AwsRequest request) {
        if (request.path().equals("/macie")) {
            return switch (request.method()) {
                case "GET" -> "GetMacieSession";
                case "PATCH" -> "UpdateMacieSession";
                default -> "EnableMacie";
            };
        }
        return null;
    }

    public static String inspectorOperation(AwsRequest request) {
        return switch (request.path()) {
            case "/status/batch/get" -> "BatchGetAccountStatus";
            case "/enable" -> "Enable";
            case "/disable" -> "Disable";
            default -> null;
        };
    }

    public static final class Macie implements ServiceHandler {
        private final SyntheticOrg org;

        public Macie(SyntheticOrg org) {
            this.org = org;
        }

        @Override
        public Set<String> readOperations() {
            return Set.of("GetMacieSession");
        }

        @Override
        public AwsResponse handle(AwsRequest request, String operation) {
            String status = baseline(org, request).map(SecurityBaseline::macieStatus).orElse(null);
            if (status == null) {
                throw new AwsError(401, "AccessDeniedException", "Macie is not enabled.");
            }
            String created = org.generatedAt().minusSeconds(86_400L * 350).toString();
            ObjectNode out = JsonProtocol.object().put("createdAt", created).put("updatedAt", created)
                    .put("findingPublishingFrequency", "FIFTEEN_MINUTES").put("status", status)
                    .put("serviceRole", "arn:aws:iam::" + request.accountId()
                            + ":role/aws-service-role/macie.amazonaws.com/AWSServiceRoleForAmazonMacie");
            return RestJsonProtocol.respond(out);
        }
    }

    public static final class Inspector implements ServiceHandler {
        private static final Map<String, String> KEYS = Map.of("EC2", "ec2", "ECR", "ecr", "LAMBDA", "lambda");

        private final SyntheticOrg org;

        public Inspector(SyntheticOrg org) {
            this.org = org;
        }

        @Override
        public Set<String> readOperations() {
            return Set.of("BatchGetAccountStatus");
        }

        @Override
        public AwsResponse handle(AwsRequest request, String operation) {
            JsonNode body = JsonProtocol.body(request);
            ObjectNode out = JsonProtocol.object();
            ArrayNode accounts = out.putArray("accounts");
            ArrayNode failed = out.putArray("failedAccounts");
            JsonNode asked = body.path("accountIds");
            Set<String> scans = baseline(org, request).map(SecurityBaseline::inspectorScans).orElse(Set.of());
            if (asked.isArray() && !asked.isEmpty()) {
                for (JsonNode id : asked) {
                    if (id.asText().equals(request.accountId())) {
                        account(accounts, request.accountId(), scans);
                    } else {
                        failed.addObject().put("accountId", id.asText()).put("errorCode", "ACCESS_DENIED")
                                .put("errorMessage", "not a member of the caller's organization");
                    }
                }
            } else {
                account(accounts, request.accountId(), scans);
            }
            return RestJsonProtocol.respond(out);
        }

        private static void account(ArrayNode accounts, String accountId, Set<String> scans) {
            ObjectNode a = accounts.addObject().put("accountId", accountId);
            a.putObject("state").put("status", scans.isEmpty() ? "DISABLED" : "ENABLED");
            ObjectNode resources = a.putObject("resourceState");
            for (String type : new String[] {"EC2", "ECR", "LAMBDA"}) {
                resources.putObject(KEYS.get(type)).put("status", scans.contains(type) ? "ENABLED" : "DISABLED");
            }
            resources.putObject("lambdaCode").put("status", "DISABLED");
            resources.putObject("codeRepository").put("status", "DISABLED");
        }
    }
}
