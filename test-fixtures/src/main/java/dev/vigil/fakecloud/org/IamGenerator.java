package dev.vigil.fakecloud.org;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Generates an account's IAM state: clean users, groups, roles and policies plus the planted ones. */
final class IamGenerator {
    static final String READ_ONLY_ACCESS = "arn:aws:iam::aws:policy/ReadOnlyAccess";
    static final String SECURITY_AUDIT = "arn:aws:iam::aws:policy/SecurityAudit";
    static final String ADMINISTRATOR_ACCESS = "arn:aws:iam::aws:policy/AdministratorAccess";
    static final String SUPPORT_ACCESS = "arn:aws:iam::aws:policy/AWSSupportAccess";
    static final String CLOUDSHELL_FULL_ACCESS = "arn:aws:iam::aws:policy/AWSCloudShellFullAccess";
    static final String SERVICE_ROLE_PATH = "/aws-service-role/support.amazonaws.com/";
    /** Outside every generated org: generated account ids never start with 9. */
    static final String EXTERNAL_ACCOUNT = "999988887777";

    private final AccountContext ctx;
    private final List<IamUser> users = new ArrayList<>();
    private final List<IamGroup> groups = new ArrayList<>();
    private final List<IamRole> roles = new ArrayList<>();
    private final List<ManagedPolicy> policies = new ArrayList<>();

    IamGenerator(AccountContext ctx) {
        this.ctx = ctx;
    }

    List<IamUser> users() {
        return users;
    }

    List<IamGroup> groups() {
        return groups;
    }

    List<IamRole> roles() {
        return roles;
    }

    List<ManagedPolicy> policies() {
        return policies;
    }

    IamAccount account() {
        String root = "arn:aws:iam::" + ctx.accountId() + ":root";
        if (ctx.has(Plant.ROOT_NO_MFA)) {
            ctx.found(Plant.ROOT_NO_MFA, root);
        }
        if (ctx.has(Plant.ROOT_ACCESS_KEYS)) {
            ctx.found(Plant.ROOT_ACCESS_KEYS, root);
        }
        Instant rootUsed = ctx.index() % 2 == 0 ? null : ctx.daysAgo(120);
        if (ctx.has(Plant.ROOT_RECENTLY_USED)) {
            rootUsed = ctx.daysAgo(5);
            ctx.found(Plant.ROOT_RECENTLY_USED, root);
        }
        PasswordPolicy policy = new PasswordPolicy(14, 24);
        if (ctx.has(Plant.NO_PASSWORD_POLICY)) {
            policy = null;
            ctx.found(Plant.NO_PASSWORD_POLICY, root);
        } else if (ctx.has(Plant.PASSWORD_TOO_SHORT)) {
            policy = new PasswordPolicy(8, 24);
            ctx.found(Plant.PASSWORD_TOO_SHORT, root);
        } else if (ctx.has(Plant.PASSWORD_REUSE)) {
            policy = new PasswordPolicy(16, ctx.index() % 2 == 0 ? null : 5);
            ctx.found(Plant.PASSWORD_REUSE, root);
        }
        if (ctx.has(Plant.ROOT_VIRTUAL_MFA)) {
            ctx.found(Plant.ROOT_VIRTUAL_MFA, root);
        }
        return new IamAccount(!ctx.has(Plant.ROOT_NO_MFA), ctx.has(Plant.ROOT_ACCESS_KEYS), rootUsed,
                ctx.daysAgo(900), policy, ctx.has(Plant.ROOT_VIRTUAL_MFA), serverCertificates(), alternateContacts());
    }

    /** All three alternate contacts, except the planted gaps (the other accounts are the clean twins). */
    private Set<String> alternateContacts() {
        Set<String> contacts = new TreeSet<>(List.of("BILLING", "OPERATIONS", "SECURITY"));
        String uid = "arn:aws:account::" + ctx.accountId() + ":account";
        if (ctx.has(Plant.SECURITY_CONTACT_MISSING)) {
            contacts.remove("SECURITY");
            ctx.found(Plant.SECURITY_CONTACT_MISSING, uid);
        }
        if (ctx.has(Plant.ALTERNATE_CONTACTS_MISSING)) {
            contacts.remove(ctx.index() % 2 == 0 ? "OPERATIONS" : "BILLING");
            ctx.found(Plant.ALTERNATE_CONTACTS_MISSING, uid);
        }
        return contacts;
    }

    /** A valid certificate everywhere (the clean twin); the planted one expired 30 days ago. */
    private List<ServerCertificate> serverCertificates() {
        List<ServerCertificate> certificates = new ArrayList<>();
        certificates.add(serverCertificate("web-current", ctx.daysAgo(165), ctx.daysAgo(-200)));
        if (ctx.has(Plant.SERVER_CERT_EXPIRED)) {
            ServerCertificate expired = serverCertificate("web-legacy", ctx.daysAgo(395), ctx.daysAgo(30));
            certificates.add(expired);
            ctx.found(Plant.SERVER_CERT_EXPIRED, expired.arn());
        }
        return certificates;
    }

    private ServerCertificate serverCertificate(String name, Instant uploaded, Instant expiration) {
        return new ServerCertificate(name, ctx.ids().iam("ASCA"),
                "arn:aws:iam::" + ctx.accountId() + ":server-certificate/" + name, uploaded, expiration);
    }

    void generate() {
        ManagedPolicy appPolicy = policy("app-s3-read", PolicyDocuments.READ_ONLY_APP, 1);
        boolean cloudShell = ctx.has(Plant.CLOUDSHELL_FULL_ACCESS);
        group("developers", List.of(),
                cloudShell ? List.of(READ_ONLY_ACCESS, CLOUDSHELL_FULL_ACCESS) : List.of(READ_ONLY_ACCESS));
        if (cloudShell) {
            ctx.found(Plant.CLOUDSHELL_FULL_ACCESS, "arn:aws:iam::" + ctx.accountId() + ":root");
        }
        boolean noSupportRole = ctx.has(Plant.SUPPORT_ROLE_MISSING);
        group("auditors", List.of(), noSupportRole ? List.of(SECURITY_AUDIT, SUPPORT_ACCESS) : List.of(SECURITY_AUDIT));
        if (noSupportRole) {
            // AWSSupportAccess on a group only: CIS asks for a role
            ctx.found(Plant.SUPPORT_ROLE_MISSING, "arn:aws:iam::" + ctx.accountId() + ":root");
        } else {
            role("aws-support", PolicyDocuments.trustAccount(ctx.managementAccountId()), List.of(),
                    List.of(SUPPORT_ACCESS));
        }
        // never used, but service-linked: left out of iam_role_unused
        roles.add(new IamRole("AWSServiceRoleForSupport", ctx.ids().iam("AROA"), "arn:aws:iam::" + ctx.accountId()
                + ":role" + SERVICE_ROLE_PATH + "AWSServiceRoleForSupport", SERVICE_ROLE_PATH, ctx.daysAgo(300),
                PolicyDocuments.serviceTrust("support.amazonaws.com"), List.of(), List.of(), null));
        // never used, but created 20 days ago: within the 90 days
        roles.add(new IamRole("batch-new", ctx.ids().iam("AROA"), "arn:aws:iam::" + ctx.accountId() + ":role/batch-new",
                "/", ctx.daysAgo(20), PolicyDocuments.EC2_TRUST, List.of(), List.of(), null));
        consoleUser("alice", 3, true, List.of("developers"));
        serviceUser("ci-deploy", List.of(key(5, 1)), List.of(), List.of());
        role(ctx.scannerRole(), PolicyDocuments.trustAccount(ctx.managementAccountId()), List.of(),
                List.of(SECURITY_AUDIT));
        role("OrganizationAccountAccessRole", PolicyDocuments.trustAccount(ctx.managementAccountId()), List.of(),
                List.of(ADMINISTRATOR_ACCESS));
        role("app-ec2-role", PolicyDocuments.EC2_TRUST,
                List.of(new InlinePolicy("logs-write", PolicyDocuments.doc("{\"Effect\":\"Allow\",\"Action\":"
                        + "[\"logs:CreateLogStream\",\"logs:PutLogEvents\"],\"Resource\":\"*\"}"))),
                List.of(appPolicy.arn()));
        role("vendor-readonly", PolicyDocuments.trustExternal(EXTERNAL_ACCOUNT, "vigil-" + ctx.ids().hex(8)),
                List.of(), List.of(READ_ONLY_ACCESS));
        plantUsers();
        plantRolesAndPolicies();
    }

    private void plantUsers() {
        if (ctx.has(Plant.USER_NO_MFA)) {
            ctx.found(Plant.USER_NO_MFA, consoleUser("bob-nomfa", 2, false, List.of("developers")).arn());
        }
        if (ctx.has(Plant.USER_OLD_KEY)) {
            ctx.found(Plant.USER_OLD_KEY, serviceUser("legacy-batch", List.of(key(200, 1)), List.of(), List.of()).arn());
        }
        if (ctx.has(Plant.USER_UNUSED)) {
            ctx.found(Plant.USER_UNUSED, consoleUser("carol-departed", 200, true, List.of("developers")).arn());
        }
        if (ctx.has(Plant.USER_TWO_KEYS)) {
            ctx.found(Plant.USER_TWO_KEYS,
                    serviceUser("etl-runner", List.of(key(10, 1), key(8, 2)), List.of(), List.of()).arn());
        }
        if (ctx.has(Plant.USER_INLINE_POLICY)) {
            InlinePolicy inline = new InlinePolicy("read-reports", PolicyDocuments.doc("{\"Effect\":\"Allow\","
                    + "\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::reports-" + ctx.accountId() + "/*\"}"));
            ctx.found(Plant.USER_INLINE_POLICY,
                    serviceUser("report-reader", List.of(key(4, 1)), List.of(inline), List.of()).arn());
        }
        if (ctx.has(Plant.USER_FULL_ADMIN)) {
            plantAdminUsers();
        }
        if (ctx.has(Plant.USER_ATTACHED_POLICY)) {
            ctx.found(Plant.USER_ATTACHED_POLICY,
                    serviceUser("metrics-agent", List.of(key(6, 1)), List.of(), List.of(READ_ONLY_ACCESS)).arn());
        }
    }

    /** Administrator access by three routes: AdministratorAccess on the user, on its group, an inline group policy. */
    private void plantAdminUsers() {
        IamUser direct = serviceUser("ops-admin", List.of(key(3, 1)), List.of(), List.of(ADMINISTRATOR_ACCESS));
        ctx.found(Plant.USER_FULL_ADMIN, direct.arn());
        ctx.found(Plant.USER_ATTACHED_POLICY, direct.arn());
        group("admins", List.of(), List.of(ADMINISTRATOR_ACCESS));
        ctx.found(Plant.USER_FULL_ADMIN, consoleUser("dana-admin", 2, true, List.of("admins")).arn());
        IamGroup legacy = group("legacy-ops", List.of(new InlinePolicy("ops-all", PolicyDocuments.FULL_ADMIN)),
                List.of());
        ctx.found(Plant.GROUP_INLINE_ADMIN, legacy.arn());
        ctx.found(Plant.USER_FULL_ADMIN, consoleUser("erin-ops", 2, true, List.of("developers", "legacy-ops")).arn());
    }

    private void plantRolesAndPolicies() {
        if (ctx.has(Plant.ROLE_UNUSED)) {
            IamRole old = role("old-migration", PolicyDocuments.EC2_TRUST, List.of(), List.of(READ_ONLY_ACCESS));
            IamRole unused = new IamRole(old.name(), old.id(), old.arn(), old.path(), old.created(),
                    old.trustDocument(), old.inlinePolicies(), old.attachedPolicyArns(), ctx.daysAgo(200));
            roles.set(roles.indexOf(old), unused);
            ctx.found(Plant.ROLE_UNUSED, unused.arn());
            IamRole never = new IamRole("batch-never", ctx.ids().iam("AROA"),
                    "arn:aws:iam::" + ctx.accountId() + ":role/batch-never", "/", ctx.daysAgo(120),
                    PolicyDocuments.EC2_TRUST, List.of(), List.of(), null);
            roles.add(never);
            ctx.found(Plant.ROLE_UNUSED, never.arn());
        }
        if (ctx.has(Plant.POLICY_FULL_ADMIN)) {
            ctx.found(Plant.POLICY_FULL_ADMIN, policy("break-glass-admin", PolicyDocuments.FULL_ADMIN, 0).arn());
        }
        if (ctx.has(Plant.ROLE_INLINE_ADMIN)) {
            ctx.found(Plant.ROLE_INLINE_ADMIN, role("ops-automation", PolicyDocuments.EC2_TRUST,
                    List.of(new InlinePolicy("everything", PolicyDocuments.FULL_ADMIN)), List.of()).arn());
        }
        if (ctx.has(Plant.GROUP_INLINE_ADMIN)) {
            ctx.found(Plant.GROUP_INLINE_ADMIN, group("legacy-admins",
                    List.of(new InlinePolicy("all-access", PolicyDocuments.FULL_ADMIN)), List.of()).arn());
        }
        if (ctx.has(Plant.ROLE_PUBLIC_TRUST)) {
            ctx.found(Plant.ROLE_PUBLIC_TRUST,
                    role("open-assume", PolicyDocuments.PUBLIC_TRUST, List.of(), List.of(READ_ONLY_ACCESS)).arn());
        }
        plantWebIdentityRoles();
        if (ctx.has(Plant.ROLE_CROSS_ACCOUNT)) {
            ctx.found(Plant.ROLE_CROSS_ACCOUNT, role("partner-access", PolicyDocuments.trustAccount(EXTERNAL_ACCOUNT),
                    List.of(), List.of(READ_ONLY_ACCESS)).arn());
        }
    }

    /**
     * Roles for GitHub Actions and an EKS service account; the planted ones are identical to their clean twins but
     * for the missing sub (any repository) or aud condition.
     */
    private void plantWebIdentityRoles() {
        String repository = "example-corp/" + ctx.name();
        if (ctx.has(Plant.ROLE_GITHUB_ANY_REPOSITORY)) {
            role("github-deploy", PolicyDocuments.githubActionsTrust(ctx.accountId(), repository), List.of(),
                    List.of(READ_ONLY_ACCESS));
            ctx.found(Plant.ROLE_GITHUB_ANY_REPOSITORY, role("github-deploy-any-repo",
                    PolicyDocuments.githubActionsTrust(ctx.accountId(), null), List.of(), List.of(READ_ONLY_ACCESS)).arn());
        }
        if (ctx.has(Plant.ROLE_WEB_IDENTITY_NO_AUDIENCE)) {
            String issuer = "oidc.eks." + ctx.homeRegion() + ".amazonaws.com/id/" + ctx.ids().upper(32);
            role("eks-worker", PolicyDocuments.eksServiceAccountTrust(ctx.accountId(), issuer, true), List.of(),
                    List.of(READ_ONLY_ACCESS));
            ctx.found(Plant.ROLE_WEB_IDENTITY_NO_AUDIENCE, role("eks-worker-any-audience",
                    PolicyDocuments.eksServiceAccountTrust(ctx.accountId(), issuer, false), List.of(),
                    List.of(READ_ONLY_ACCESS)).arn());
        }
    }

    private AccessKey key(int rotatedDaysAgo, int usedDaysAgo) {
        return new AccessKey("AKIA" + ctx.ids().upper(16), true, ctx.daysAgo(rotatedDaysAgo), ctx.daysAgo(usedDaysAgo));
    }

    private IamUser consoleUser(String name, int passwordUsedDaysAgo, boolean mfa, List<String> groupNames) {
        IamUser user = new IamUser(name, ctx.ids().iam("AIDA"), "arn:aws:iam::" + ctx.accountId() + ":user/" + name,
                ctx.daysAgo(400), true, ctx.daysAgo(passwordUsedDaysAgo), mfa, List.of(), List.of(), List.of(),
                groupNames);
        users.add(user);
        return user;
    }

    private IamUser serviceUser(String name, List<AccessKey> keys, List<InlinePolicy> inline, List<String> attached) {
        IamUser user = new IamUser(name, ctx.ids().iam("AIDA"), "arn:aws:iam::" + ctx.accountId() + ":user/" + name,
                ctx.daysAgo(400), false, null, false, keys, inline, attached, List.of("auditors"));
        users.add(user);
        return user;
    }

    private IamGroup group(String name, List<InlinePolicy> inline, List<String> attached) {
        IamGroup group = new IamGroup(name, ctx.ids().iam("AGPA"), "arn:aws:iam::" + ctx.accountId() + ":group/" + name,
                ctx.daysAgo(500), inline, attached);
        groups.add(group);
        return group;
    }

    private IamRole role(String name, String trust, List<InlinePolicy> inline, List<String> attached) {
        IamRole role = new IamRole(name, ctx.ids().iam("AROA"), "arn:aws:iam::" + ctx.accountId() + ":role/" + name, "/",
                ctx.daysAgo(300), trust, inline, attached, ctx.daysAgo(1));
        roles.add(role);
        return role;
    }

    private ManagedPolicy policy(String name, String document, int attachments) {
        ManagedPolicy policy = new ManagedPolicy(name, ctx.ids().iam("ANPA"),
                "arn:aws:iam::" + ctx.accountId() + ":policy/" + name, ctx.daysAgo(250), document, attachments);
        policies.add(policy);
        return policy;
    }
}
