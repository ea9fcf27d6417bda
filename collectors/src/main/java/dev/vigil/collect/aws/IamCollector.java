package dev.vigil.collect.aws;

import static dev.vigil.collect.aws.AwsServices.IAM;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.collect.engine.Collector;
import dev.vigil.collect.engine.Extract;
import dev.vigil.collect.engine.Operation;
import dev.vigil.collect.engine.Outcome;
import dev.vigil.collect.engine.PolicyDocuments;
import dev.vigil.collect.engine.Scope;
import dev.vigil.collect.engine.SdkJson;
import dev.vigil.collect.engine.Tags;
import dev.vigil.collect.engine.UnitContext;
import dev.vigil.collect.engine.UnknownInputs;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AssignmentStatusType;
import software.amazon.awssdk.services.iam.model.EntityType;
import software.amazon.awssdk.services.iam.model.GetAccountAuthorizationDetailsResponse;
import software.amazon.awssdk.services.iam.model.ReportStateType;

/**
 * IAM, which does not fit one list call per type: one paged GetAccountAuthorizationDetails gives users,
 * groups, roles and policies; the credential report is generated, polled and parsed; the account record
 * combines three calls. The same call, with the AWSManagedPolicy filter, lists the AWS-managed policies that are
 * attached in the account: their default documents are joined onto the principals' AttachedManagedPolicies (and a
 * user's groups onto the user) so that a check sees every route to a permission; only customer-managed
 * policies become {@code aws.iam.policy} records. The account record adds the assigned virtual MFA devices (whose is
 * the root's) and the entities that hold AWSSupportAccess and AWSCloudShellFullAccess (ListEntitiesForPolicy).
 */
public final class IamCollector implements Collector {
    private static final Operation AUTH_DETAILS = Operation.of("iam", "GetAccountAuthorizationDetails");
    private static final Operation GENERATE_REPORT = Operation.of("iam", "GenerateCredentialReport");
    private static final Operation GET_REPORT = Operation.of("iam", "GetCredentialReport");
    private static final Operation SUMMARY = Operation.of("iam", "GetAccountSummary");
    private static final Operation PASSWORD_POLICY = Operation.of("iam", "GetAccountPasswordPolicy");
    private static final Operation MFA_DEVICES = Operation.of("iam", "ListMFADevices");
    private static final Operation VIRTUAL_MFA_DEVICES = Operation.of("iam", "ListVirtualMFADevices");
    private static final Operation ENTITIES_FOR_POLICY = Operation.of("iam", "ListEntitiesForPolicy");
    static final String SUPPORT_ACCESS = "arn:aws:iam::aws:policy/AWSSupportAccess";
    static final String CLOUDSHELL_FULL_ACCESS = "arn:aws:iam::aws:policy/AWSCloudShellFullAccess";
    private static final int REPORT_POLLS = 40;

    private final long reportPollMillis;

    public IamCollector(long reportPollMillis) {
        this.reportPollMillis = reportPollMillis;
    }

    @Override
    public String name() {
        return "aws.iam";
    }

    @Override
    public Scope scope() {
        return Scope.GLOBAL;
    }

    @Override
    public List<Operation> operations() {
        return List.of(AUTH_DETAILS, GENERATE_REPORT, GET_REPORT, SUMMARY, PASSWORD_POLICY, MFA_DEVICES,
                VIRTUAL_MFA_DEVICES, ENTITIES_FOR_POLICY);
    }

    @Override
    public void collect(UnitContext unit) {
        IamClient iam = unit.client(IAM);
        // Generation runs on AWS's side while the authorization details are read; it is usually done by then.
        Outcome<ReportStateType> started = unit.call(GENERATE_REPORT, UnitContext.GLOBAL, Set.of(),
                () -> iam.generateCredentialReport().state());
        Outcome<List<GetAccountAuthorizationDetailsResponse>> pages = unit.call(AUTH_DETAILS, UnitContext.GLOBAL,
                Set.of(), List.of("aws.iam.user", "aws.iam.group", "aws.iam.role", "aws.iam.policy"),
                () -> iam.getAccountAuthorizationDetailsPaginator(r -> r.filter(EntityType.USER, EntityType.GROUP,
                        EntityType.ROLE, EntityType.LOCAL_MANAGED_POLICY, EntityType.AWS_MANAGED_POLICY).maxItems(100))
                        .stream().toList());
        Outcome<Map<String, ObjectNode>> report = started.failed() ? Outcome.failure(started.gap())
                : credentialReport(unit, iam, started.value());
        collectAccount(unit, iam, report);
        if (pages.failed()) {
            return;
        }
        Map<String, JsonNode> documents = new HashMap<>();
        Map<String, ObjectNode> groups = new LinkedHashMap<>();
        for (GetAccountAuthorizationDetailsResponse page : pages.value()) {
            page.policies().forEach(p -> {
                ObjectNode policy = policy(SdkJson.toJson(p));
                PolicyDocuments.decodeInPlace(policy);
                String arn = Extract.text(policy, "Arn");
                documents.put(arn, policy.path("Document"));
                if (!awsManaged(arn)) {
                    emit(unit, "aws.iam.policy", policy, "PolicyName", new UnknownInputs());
                }
            });
        }
        for (GetAccountAuthorizationDetailsResponse page : pages.value()) {
            page.groupDetailList().forEach(g -> groups.put(g.groupName(), withDocuments(SdkJson.toJson(g), documents)));
        }
        groups.values().forEach(g -> emit(unit, "aws.iam.group", g, "GroupName", new UnknownInputs()));
        for (GetAccountAuthorizationDetailsResponse page : pages.value()) {
            page.userDetailList().forEach(u -> unit.spawn("aws.iam.user", () -> emitUser(unit, iam,
                    withGroups(withDocuments(SdkJson.toJson(u), documents), groups), report)));
            page.roleDetailList().forEach(r -> emit(unit, "aws.iam.role", withDocuments(SdkJson.toJson(r), documents),
                    "RoleName", new UnknownInputs()));
        }
    }

    /** {@code arn:aws:iam::aws:policy/...} (any partition). */
    static boolean awsManaged(String arn) {
        return arn != null && arn.contains(":iam::aws:policy/");
    }

    /** Each AttachedManagedPolicies entry gets the policy's default version as {@code Document}, when listed. */
    private static ObjectNode withDocuments(ObjectNode principal, Map<String, JsonNode> documents) {
        for (JsonNode attached : principal.path("AttachedManagedPolicies")) {
            JsonNode document = documents.get(attached.path("PolicyArn").asText());
            if (attached instanceof ObjectNode entry && document != null && !document.isMissingNode()) {
                entry.set("Document", document.deepCopy());
            }
        }
        return principal;
    }

    /** {@code Groups}: for each group of {@code GroupList}, its name, Arn, inline and attached policies. */
    private static ObjectNode withGroups(ObjectNode user, Map<String, ObjectNode> groups) {
        ArrayNode out = user.putArray("Groups");
        for (JsonNode name : user.path("GroupList")) {
            ObjectNode group = groups.get(name.asText());
            if (group != null) {
                ObjectNode copy = out.addObject();
                for (String key : List.of("GroupName", "Arn", "GroupPolicyList", "AttachedManagedPolicies")) {
                    if (group.has(key)) {
                        copy.set(key, group.get(key).deepCopy());
                    }
                }
            }
        }
        return user;
    }

    private void emitUser(UnitContext unit, IamClient iam, ObjectNode user, Outcome<Map<String, ObjectNode>> report) {
        String name = Extract.text(user, "UserName");
        UnknownInputs unknown = new UnknownInputs();
        if (report.failed()) {
            unknown.add(report.unknown("CredentialReport"));
        } else {
            user.set("CredentialReport", report.value().getOrDefault(name, null) == null
                    ? NullNode.getInstance() : report.value().get(name));
        }
        Outcome<ArrayNode> mfa = unit.call(MFA_DEVICES, UnitContext.GLOBAL, Set.of(), () -> {
            ArrayNode devices = JsonNodeFactory.instance.arrayNode();
            iam.listMFADevicesPaginator(r -> r.userName(name)).mfaDevices()
                    .forEach(d -> devices.add(SdkJson.toJson(d)));
            return devices;
        });
        unknown.put(user, "MFADevices", mfa, NullNode.getInstance());
        emit(unit, "aws.iam.user", user, "UserName", unknown);
    }

    private static ObjectNode policy(ObjectNode policy) {
        JsonNode versions = policy.remove("PolicyVersionList");
        if (versions != null) {
            for (JsonNode version : versions) {
                if (version.path("IsDefaultVersion").asBoolean(false)) {
                    policy.set("Document", version.get("Document"));
                }
            }
        }
        return policy;
    }

    private static void emit(UnitContext unit, String type, ObjectNode item, String idField, UnknownInputs unknown) {
        PolicyDocuments.decodeInPlace(item);
        String id = Extract.text(item, idField);
        unit.emit(unit.record("iam", type, UnitContext.GLOBAL, id, id, Extract.text(item, "Arn"),
                Tags.toMap(item.get("Tags")), item).withUnknown(unknown.list()));
    }

    private void collectAccount(UnitContext unit, IamClient iam, Outcome<Map<String, ObjectNode>> report) {
        ObjectNode account = JsonNodeFactory.instance.objectNode();
        UnknownInputs unknown = new UnknownInputs();
        unknown.put(account, "SummaryMap", unit.call(SUMMARY, UnitContext.GLOBAL, Set.of(),
                () -> SdkJson.toJson(iam.getAccountSummary()).get("SummaryMap")), NullNode.getInstance());
        Outcome<JsonNode> policy = unit.call(PASSWORD_POLICY, UnitContext.GLOBAL, Set.of("NoSuchEntity"),
                () -> SdkJson.toJson(iam.getAccountPasswordPolicy().passwordPolicy()));
        unknown.put(account, "PasswordPolicy", policy, NullNode.getInstance());
        unknown.put(account, "VirtualMFADevices", unit.call(VIRTUAL_MFA_DEVICES, UnitContext.GLOBAL, Set.of(), () -> {
            ArrayNode devices = JsonNodeFactory.instance.arrayNode();
            iam.listVirtualMFADevicesPaginator(r -> r.assignmentStatus(AssignmentStatusType.ASSIGNED))
                    .virtualMFADevices().forEach(d -> devices.addObject().put("SerialNumber", d.serialNumber())
                            .put("UserArn", d.user() == null ? null : d.user().arn()));
            return (JsonNode) devices;
        }), NullNode.getInstance());
        unknown.put(account, "SupportAccessEntities", entitiesFor(unit, iam, SUPPORT_ACCESS), NullNode.getInstance());
        unknown.put(account, "CloudShellFullAccessEntities", entitiesFor(unit, iam, CLOUDSHELL_FULL_ACCESS),
                NullNode.getInstance());
        if (report.failed()) {
            unknown.add(report.unknown("RootCredentials"));
        } else {
            Map<String, ObjectNode> rows = report.value();
            account.set("RootCredentials", rows.containsKey(CredentialReport.ROOT) ? rows.get(CredentialReport.ROOT)
                    : NullNode.getInstance());
        }
        String id = unit.accountId();
        unit.emit(unit.record("iam", "aws.iam.account", UnitContext.GLOBAL, id, id, "arn:aws:iam::" + id + ":root",
                Map.of(), account).withUnknown(unknown.list()));
    }

    /** ListEntitiesForPolicy, all pages: {PolicyGroups: [{GroupName, GroupId}], PolicyUsers: [...], PolicyRoles: [...]}. */
    private static Outcome<JsonNode> entitiesFor(UnitContext unit, IamClient iam, String policyArn) {
        return unit.call(ENTITIES_FOR_POLICY, UnitContext.GLOBAL, Set.of(), () -> {
            ObjectNode entities = JsonNodeFactory.instance.objectNode();
            ArrayNode groups = entities.putArray("PolicyGroups");
            ArrayNode users = entities.putArray("PolicyUsers");
            ArrayNode roles = entities.putArray("PolicyRoles");
            iam.listEntitiesForPolicyPaginator(r -> r.policyArn(policyArn)).forEach(page -> {
                page.policyGroups().forEach(g -> groups.add(SdkJson.toJson(g)));
                page.policyUsers().forEach(u -> users.add(SdkJson.toJson(u)));
                page.policyRoles().forEach(x -> roles.add(SdkJson.toJson(x)));
            });
            return (JsonNode) entities;
        });
    }

    private Outcome<Map<String, ObjectNode>> credentialReport(UnitContext unit, IamClient iam,
            ReportStateType firstState) {
        ReportStateType state = firstState;
        for (int poll = 0; state != ReportStateType.COMPLETE && poll < REPORT_POLLS; poll++) {
            sleep();
            Outcome<ReportStateType> next = unit.call(GENERATE_REPORT, UnitContext.GLOBAL, Set.of(),
                    () -> iam.generateCredentialReport().state());
            if (next.failed()) {
                return Outcome.failure(next.gap());
            }
            state = next.value();
        }
        Outcome<String> csv = unit.call(GET_REPORT, UnitContext.GLOBAL, Set.of(),
                () -> iam.getCredentialReport().content().asString(StandardCharsets.UTF_8));
        if (csv.failed()) {
            return Outcome.failure(csv.gap());
        }
        return Outcome.value(CredentialReport.parse(csv.value()));
    }

    private void sleep() {
        try {
            Thread.sleep(reportPollMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

}
