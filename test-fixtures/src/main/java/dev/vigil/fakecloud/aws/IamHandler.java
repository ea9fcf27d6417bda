package dev.vigil.fakecloud.aws;

import dev.vigil.fakecloud.FakeCloudOptions;
import dev.vigil.fakecloud.org.AccountResources;
import dev.vigil.fakecloud.org.IamGroup;
import dev.vigil.fakecloud.org.IamRole;
import dev.vigil.fakecloud.org.IamUser;
import dev.vigil.fakecloud.org.ManagedPolicy;
import dev.vigil.fakecloud.org.OrgGovernance;
import dev.vigil.fakecloud.org.PasswordPolicy;
import dev.vigil.fakecloud.org.ServerCertificate;
import dev.vigil.fakecloud.org.SyntheticOrg;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * IAM (Query protocol): authorization details, credential report, account summary, password policy, MFA devices,
 * the entities a policy is attached to, server certificates.
 */
public final class IamHandler implements ServiceHandler {
    public static final String NAMESPACE = "https://iam.amazonaws.com/doc/2010-05-08/";

    private final QueryProtocol protocol;
    private final SyntheticOrg org;
    private final FakeCloudOptions options;
    private final Set<String> reportsGenerated = ConcurrentHashMap.newKeySet();

    public IamHandler(QueryProtocol protocol, SyntheticOrg org, FakeCloudOptions options) {
        this.protocol = protocol;
        this.org = org;
        this.options = options;
    }

    @Override
    public Set<String> readOperations() {
        return Set.of("GetAccountAuthorizationDetails", "GenerateCredentialReport", "GetCredentialReport",
                "GetAccountSummary", "GetAccountPasswordPolicy", "ListMFADevices", "ListVirtualMFADevices",
                "ListEntitiesForPolicy", "ListServerCertificates", "ListOrganizationsFeatures");
    }

    @Override
    public AwsResponse handle(AwsRequest request, String operation) {
        AccountResources r = org.resources(request.accountId())
                .orElseThrow(() -> new AwsError(403, "AccessDenied", "account " + request.accountId() + " is not active"));
        String id = request.requestId();
        return switch (operation) {
            case "GetAccountAuthorizationDetails" -> details(request, r);
            case "GenerateCredentialReport" -> {
                boolean first = reportsGenerated.add(r.accountId());
                yield protocol.respond(operation, id, x -> x.leaf("State", first ? "STARTED" : "COMPLETE")
                        .leaf("Description", first ? "No report exists. Starting a new report generation task" : null));
            }
            case "GetCredentialReport" -> credentialReport(r, id);
            case "GetAccountSummary" -> protocol.respond(operation, id, x -> {
                x.start("SummaryMap");
                summary(r).forEach((k, v) -> x.start("entry").leaf("key", k).leaf("value", v).end());
                x.end();
            });
            case "GetAccountPasswordPolicy" -> passwordPolicy(r, id);
            case "ListMFADevices" -> mfaDevices(request, r);
            case "ListVirtualMFADevices" -> virtualMfaDevices(request, r);
            case "ListEntitiesForPolicy" -> entitiesForPolicy(request, r);
            case "ListServerCertificates" -> serverCertificates(request, r);
            case "ListOrganizationsFeatures" -> organizationsFeatures(r, id);
            default -> throw new AwsError(400, "InvalidAction", "Could not find operation " + operation);
        };
    }

    private AwsResponse details(AwsRequest request, AccountResources r) {
        Set<String> filter = new HashSet<>();
        request.form().forEach((k, v) -> {
            if (k.startsWith("Filter.member.")) {
                filter.add(v);
            }
        });
        List<Object> items = new ArrayList<>();
        if (filter.isEmpty() || filter.contains("User")) {
            items.addAll(r.users());
        }
        if (filter.isEmpty() || filter.contains("Group")) {
            items.addAll(r.groups());
        }
        if (filter.isEmpty() || filter.contains("Role")) {
            items.addAll(r.roles());
        }
        if (filter.isEmpty() || filter.contains("LocalManagedPolicy")) {
            items.addAll(r.policies());
        }
        if (filter.isEmpty() || filter.contains("AWSManagedPolicy")) {
            items.addAll(attachedAwsPolicies(r));
        }
        Page<Object> page = Page.of(items, request.form().get("Marker"),
                Page.intParam(request.form().get("MaxItems")), options.maxPageSize(), "InvalidInput");
        Instant created = org.generatedAt().minusSeconds(86_400L * 300);
        return protocol.respond("GetAccountAuthorizationDetails", request.requestId(), x -> {
            IamDetailsWriter w = new IamDetailsWriter(x);
            x.start("UserDetailList");
            page.items().stream().filter(IamUser.class::isInstance).map(IamUser.class::cast).forEach(w::user);
            x.end().start("GroupDetailList");
            page.items().stream().filter(IamGroup.class::isInstance).map(IamGroup.class::cast).forEach(w::group);
            x.end().start("RoleDetailList");
            page.items().stream().filter(IamRole.class::isInstance).map(IamRole.class::cast)
                    .forEach(role -> w.role(role, r.accountId(), created, org.regions().get(0)));
            x.end().start("Policies");
            for (Object item : page.items()) {
                if (item instanceof ManagedPolicy p) {
                    w.policy(p);
                } else if (item instanceof AwsManagedPolicy p) {
                    w.policy(p.name(), p.id(), p.arn(), AwsManagedPolicy.CREATED, p.document(), attachments(r, p.arn()));
                }
            }
            x.end();
            x.leaf("IsTruncated", page.next() != null).leaf("Marker", page.next());
        });
    }

    private static List<AwsManagedPolicy> attachedAwsPolicies(AccountResources r) {
        return AwsManagedPolicy.ALL.stream().filter(p -> attachments(r, p.arn()) > 0).toList();
    }

    private static int attachments(AccountResources r, String arn) {
        return (int) (r.users().stream().filter(u -> u.attachedPolicyArns().contains(arn)).count()
                + r.groups().stream().filter(g -> g.attachedPolicyArns().contains(arn)).count()
                + r.roles().stream().filter(x -> x.attachedPolicyArns().contains(arn)).count());
    }

    private AwsResponse credentialReport(AccountResources r, String id) {
        if (!reportsGenerated.contains(r.accountId())) {
            throw new AwsError(410, "ReportNotPresent",
                    "Credential report not present. Call GenerateCredentialReport first.");
        }
        String csv = CredentialReport.csv(r, org.regions().get(0));
        String content = Base64.getEncoder().encodeToString(csv.getBytes(StandardCharsets.UTF_8));
        return protocol.respond("GetCredentialReport", id, x -> x.leaf("Content", content)
                .leaf("ReportFormat", "text/csv").leaf("GeneratedTime", org.generatedAt()));
    }

    private static Map<String, Integer> summary(AccountResources r) {
        Map<String, Integer> m = new LinkedHashMap<>();
        long mfaUsers = r.users().stream().filter(IamUser::mfa).count();
        m.put("Users", r.users().size());
        m.put("UsersQuota", 5000);
        m.put("Groups", r.groups().size());
        m.put("GroupsQuota", 300);
        m.put("Roles", r.roles().size());
        m.put("RolesQuota", 1000);
        m.put("Policies", r.policies().size());
        m.put("PoliciesQuota", 1500);
        m.put("InstanceProfiles", 1);
        m.put("MFADevices", (int) mfaUsers + (r.iam().rootMfa() ? 1 : 0));
        m.put("MFADevicesInUse", (int) mfaUsers + (r.iam().rootMfa() ? 1 : 0));
        m.put("AccountMFAEnabled", r.iam().rootMfa() ? 1 : 0);
        m.put("AccountAccessKeysPresent", r.iam().rootAccessKeys() ? 1 : 0);
        m.put("AccountSigningCertificatesPresent", 0);
        m.put("ServerCertificates", r.iam().serverCertificates().size());
        m.put("Providers", 0);
        return m;
    }

    private AwsResponse passwordPolicy(AccountResources r, String id) {
        PasswordPolicy p = r.iam().passwordPolicy();
        if (p == null) {
            throw new AwsError(404, "NoSuchEntity",
                    "The Password Policy with domain name " + r.accountId() + " cannot be found.");
        }
        return protocol.respond("GetAccountPasswordPolicy", id, x -> x.start("PasswordPolicy")
                .leaf("MinimumPasswordLength", p.minimumLength()).leaf("RequireSymbols", true)
                .leaf("RequireNumbers", true).leaf("RequireUppercaseCharacters", true)
                .leaf("RequireLowercaseCharacters", true).leaf("AllowUsersToChangePassword", true)
                .leaf("ExpirePasswords", false).leaf("PasswordReusePrevention", p.reusePrevention())
                .leaf("HardExpiry", false).end());
    }

    private AwsResponse mfaDevices(AwsRequest request, AccountResources r) {
        String name = request.form().get("UserName");
        List<IamUser> users = r.users().stream().filter(u -> name == null || u.name().equals(name)).toList();
        if (name != null && users.isEmpty()) {
            throw new AwsError(404, "NoSuchEntity", "The user with name " + name + " cannot be found.");
        }
        List<IamUser> withMfa = name == null ? List.of() : users.stream().filter(IamUser::mfa).toList();
        Page<IamUser> page = Page.of(withMfa, request.form().get("Marker"),
                Page.intParam(request.form().get("MaxItems")), options.maxPageSize(), "InvalidInput");
        return protocol.respond("ListMFADevices", request.requestId(), x -> {
            x.start("MFADevices");
            page.items().forEach(u -> x.start("member").leaf("UserName", u.name()).leaf("SerialNumber", serial(r, u.name()))
                    .leaf("EnableDate", u.created()).end());
            x.end().leaf("IsTruncated", page.next() != null).leaf("Marker", page.next());
        });
    }

    private AwsResponse virtualMfaDevices(AwsRequest request, AccountResources r) {
        String status = request.form().getOrDefault("AssignmentStatus", "Any");
        List<IamUser> holders = new ArrayList<>();
        if (r.iam().rootMfa() && r.iam().rootVirtualMfa()) {
            holders.add(null);
        }
        r.users().stream().filter(IamUser::mfa).forEach(holders::add);
        List<IamUser> listed = "Unassigned".equals(status) ? List.of() : holders;
        Page<IamUser> page = Page.of(listed, request.form().get("Marker"),
                Page.intParam(request.form().get("MaxItems")), options.maxPageSize(), "InvalidInput");
        return protocol.respond("ListVirtualMFADevices", request.requestId(), x -> {
            x.start("VirtualMFADevices");
            for (IamUser u : page.items()) {
                x.start("member").leaf("SerialNumber", serial(r, u == null ? "root-account-mfa-device" : u.name()));
                if (u == null) {
                    x.start("User").leaf("UserId", r.accountId()).leaf("Arn", "arn:aws:iam::" + r.accountId() + ":root")
                            .leaf("CreateDate", r.iam().rootCreated()).end().leaf("EnableDate", r.iam().rootCreated());
                } else {
                    x.start("User").leaf("Path", "/").leaf("UserName", u.name()).leaf("UserId", u.id())
                            .leaf("Arn", u.arn()).leaf("CreateDate", u.created()).end().leaf("EnableDate", u.created());
                }
                x.end();
            }
            x.end().leaf("IsTruncated", page.next() != null).leaf("Marker", page.next());
        });
    }

    /** Who has the policy attached: PolicyGroups, PolicyUsers, PolicyRoles (EntityFilter and paging honoured). */
    private AwsResponse entitiesForPolicy(AwsRequest request, AccountResources r) {
        String arn = request.form().get("PolicyArn");
        boolean known = AwsManagedPolicy.byArn(arn).isPresent()
                || r.policies().stream().anyMatch(p -> p.arn().equals(arn));
        if (!known) {
            throw new AwsError(404, "NoSuchEntity", "Policy " + arn + " does not exist or is not attachable.");
        }
        String filter = request.form().get("EntityFilter");
        List<String[]> entities = new ArrayList<>();
        if (filter == null || filter.equals("Group")) {
            r.groups().stream().filter(g -> g.attachedPolicyArns().contains(arn))
                    .forEach(g -> entities.add(new String[] {"Group", g.name(), g.id()}));
        }
        if (filter == null || filter.equals("User")) {
            r.users().stream().filter(u -> u.attachedPolicyArns().contains(arn))
                    .forEach(u -> entities.add(new String[] {"User", u.name(), u.id()}));
        }
        if (filter == null || filter.equals("Role")) {
            r.roles().stream().filter(x -> x.attachedPolicyArns().contains(arn))
                    .forEach(x -> entities.add(new String[] {"Role", x.name(), x.id()}));
        }
        Page<String[]> page = Page.of(entities, request.form().get("Marker"),
                Page.intParam(request.form().get("MaxItems")), options.maxPageSize(), "InvalidInput");
        return protocol.respond("ListEntitiesForPolicy", request.requestId(), x -> {
            for (String kind : List.of("Group", "User", "Role")) {
                x.start("Policy" + kind + "s");
                page.items().stream().filter(e -> e[0].equals(kind)).forEach(e -> x.start("member")
                        .leaf(kind + "Name", e[1]).leaf(kind + "Id", e[2]).end());
                x.end();
            }
            x.leaf("IsTruncated", page.next() != null).leaf("Marker", page.next());
        });
    }

    private AwsResponse serverCertificates(AwsRequest request, AccountResources r) {
        Page<ServerCertificate> page = Page.of(r.iam().serverCertificates(), request.form().get("Marker"),
                Page.intParam(request.form().get("MaxItems")), options.maxPageSize(), "InvalidInput");
        return protocol.respond("ListServerCertificates", request.requestId(), x -> {
            x.start("ServerCertificateMetadataList");
            page.items().forEach(c -> x.start("member").leaf("Path", "/").leaf("ServerCertificateName", c.name())
                    .leaf("ServerCertificateId", c.id()).leaf("Arn", c.arn()).leaf("UploadDate", c.uploaded())
                    .leaf("Expiration", c.expiration()).end());
            x.end().leaf("IsTruncated", page.next() != null).leaf("Marker", page.next());
        });
    }

    private static String serial(AccountResources r, String name) {
        return "arn:aws:iam::" + r.accountId() + ":mfa/" + name;
    }

    /** Centralized root access: the management account (or IAM's delegated administrator) of the organization. */
    private AwsResponse organizationsFeatures(AccountResources r, String requestId) {
        OrgGovernance governance = OrgGovernance.of(org.tree());
        if (!r.accountId().equals(org.managementAccountId()) && !governance.delegatedByService()
                .getOrDefault("iam.amazonaws.com", List.of()).contains(r.accountId())) {
            throw new AwsError(400, "AccountNotManagementOrDelegatedAdministratorException",
                    "The request was rejected because the account is not the management account or delegated "
                            + "administrator of the organization.");
        }
        if (!governance.trustedServices().contains("iam.amazonaws.com")) {
            throw new AwsError(400, "ServiceAccessNotEnabledException",
                    "The request was rejected because trusted access is not enabled for IAM in AWS Organizations.");
        }
        return protocol.respond("ListOrganizationsFeatures", requestId, x -> {
            x.leaf("OrganizationId", org.organizationId()).start("EnabledFeatures");
            governance.rootFeatures().forEach(f -> x.leaf("member", f));
            x.end();
        });
    }
}
