package dev.vigil.fakecloud.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.fakecloud.org.AccountResources;
import dev.vigil.fakecloud.org.SyntheticOrg;
import java.util.Set;

/**
 * AWS Account Management (REST-JSON, global): POST /getAlternateContact with {"AlternateContactType"} (and an
 * optional "AccountId", which must be the caller's own here); ResourceNotFoundException when the type is not set.
 */
public final class AccountHandler implements ServiceHandler {
    private static final Set<String> TYPES = Set.of("BILLING", "OPERATIONS", "SECURITY");

    private final SyntheticOrg org;

    public AccountHandler(SyntheticOrg org) {
        this.org = org;
    }

    public static String operation(AwsRequest request) {
        return switch (request.path()) {
            case "/getAlternateContact" -> "GetAlternateContact";
            case "/putAlternateContact" -> "PutAlternateContact";
            case "/deleteAlternateContact" -> "DeleteAlternateContact";
            case "/getContactInformation" -> "GetContactInformation";
            default -> null;
        };
    }

    @Override
    public Set<String> readOperations() {
        return Set.of("GetAlternateContact");
    }

    @Override
    public AwsResponse handle(AwsRequest request, String operation) {
        if (!"GetAlternateContact".equals(operation)) {
            throw new AwsError(400, "ValidationException", "fake cloud does not serve " + operation);
        }
        AccountResources r = org.resources(request.accountId())
                .orElseThrow(() -> new AwsError(403, "AccessDeniedException", "account " + request.accountId()
                        + " is not active"));
        JsonNode body = JsonProtocol.body(request);
        String type = body.path("AlternateContactType").asText("");
        if (!TYPES.contains(type)) {
            throw new AwsError(400, "ValidationException", "1 validation error detected: Value '" + type
                    + "' at 'alternateContactType' failed to satisfy constraint");
        }
        String accountId = body.path("AccountId").asText(request.accountId());
        if (!accountId.equals(request.accountId())) {
            throw new AwsError(403, "AccessDeniedException", "only the caller's own account is served");
        }
        if (!r.iam().alternateContacts().contains(type)) {
            throw new AwsError(404, "ResourceNotFoundException", "No contact of the inputted alternate contact type "
                    + "found.");
        }
        String role = type.toLowerCase(java.util.Locale.ROOT);
        ObjectNode out = JsonProtocol.object();
        out.putObject("AlternateContact").put("AlternateContactType", type).put("Name", "Team " + role)
                .put("EmailAddress", role + "@example.com").put("PhoneNumber", "+1-555-0100")
                .put("Title", role + " contact");
        return RestJsonProtocol.respond(out);
    }
}
