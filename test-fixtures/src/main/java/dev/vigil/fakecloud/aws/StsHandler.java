package dev.vigil.fakecloud.aws;

import dev.vigil.fakecloud.CallLog;
import dev.vigil.fakecloud.StaticCredentials;
import dev.vigil.fakecloud.fault.Faults;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** STS: GetCallerIdentity and AssumeRole into the roles that exist (the scanner role of any ACTIVE account by default). */
public final class StsHandler implements ServiceHandler {
    public static final String NAMESPACE = "https://sts.amazonaws.com/doc/2011-06-15/";
    private static final Pattern ROLE_ARN = Pattern.compile("arn:aws:iam::(\\d{12}):role/(?:.*/)?([\\w+=,.@-]+)");

    private final QueryProtocol protocol;
    private final CredentialStore credentials;
    private final AssumableRoles roles;
    private final CallLog calls;
    private final Faults faults;

    public StsHandler(QueryProtocol protocol, CredentialStore credentials, AssumableRoles roles, CallLog calls,
            Faults faults) {
        this.protocol = protocol;
        this.credentials = credentials;
        this.roles = roles;
        this.calls = calls;
        this.faults = faults;
    }

    @Override
    public Set<String> readOperations() {
        return Set.of("GetCallerIdentity", "AssumeRole");
    }

    @Override
    public AwsResponse handle(AwsRequest request, String operation) {
        String requestId = request.requestId();
        return switch (operation) {
            case "GetCallerIdentity" -> protocol.respond(operation, requestId, x -> x
                    .leaf("Arn", request.caller().arn())
                    .leaf("UserId", request.caller().userId())
                    .leaf("Account", request.accountId()));
            case "AssumeRole" -> assumeRole(request, requestId);
            default -> throw new AwsError(400, "InvalidAction", "Could not find operation " + operation);
        };
    }

    private AwsResponse assumeRole(AwsRequest request, String requestId) {
        String roleArn = request.form().get("RoleArn");
        String session = request.form().getOrDefault("RoleSessionName", "session");
        Matcher m = roleArn == null ? null : ROLE_ARN.matcher(roleArn);
        if (m == null || !m.matches()) {
            throw new AwsError(400, "ValidationError", "1 validation error detected: Value '" + roleArn
                    + "' at 'roleArn' failed to satisfy constraint");
        }
        String accountId = m.group(1);
        String roleName = m.group(2);
        calls.recordAssumeRole(roleArn);
        if (!roles.exists(accountId, roleName) || faults.assumeRoleFails(accountId)) {
            throw new AwsError(403, "AccessDenied", "User: " + request.caller().arn()
                    + " is not authorized to perform: sts:AssumeRole on resource: " + roleArn);
        }
        int seconds = request.form().containsKey("DurationSeconds")
                ? Integer.parseInt(request.form().get("DurationSeconds")) : 3600;
        StaticCredentials issued = credentials.issue(accountId, roleName, session);
        Instant expiration = Instant.now().plus(Duration.ofSeconds(seconds)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        String arn = "arn:aws:sts::" + accountId + ":assumed-role/" + roleName + "/" + session;
        return protocol.respond("AssumeRole", requestId, x -> x
                .start("Credentials")
                .leaf("AccessKeyId", issued.accessKeyId())
                .leaf("SecretAccessKey", issued.secretAccessKey())
                .leaf("SessionToken", issued.sessionToken())
                .leaf("Expiration", expiration)
                .end()
                .start("AssumedRoleUser")
                .leaf("AssumedRoleId", credentials.resolve(issued.accessKeyId()).map(Caller::userId).orElse(""))
                .leaf("Arn", arn)
                .end()
                .leaf("PackedPolicySize", 6));
    }
}
