package dev.vigil.fakecloud.org;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * An independent reading of the FAIL conditions of docs/checks-aws.md, applied to the generated model: what a
 * correct policy library must report for the org. Used to prove the ground truth is exact.
 */
final class ModelChecker {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> ENVS = List.of("prod", "staging", "dev", "sandbox");
    private static final List<Integer> DB_PORTS = List.of(1433, 3306, 5432, 6379, 9200, 27017);

    private final SyntheticOrg org;
    private final Instant now;
    private final Set<String> orgAccounts = new HashSet<>();
    private final Set<Finding> findings = new TreeSet<>();

    ModelChecker(SyntheticOrg org) {
        this.org = org;
        this.now = org.generatedAt();
        org.accounts().forEach(a -> orgAccounts.add(a.id()));
    }

    Set<Finding> run() {
        for (OrgAccount a : org.accounts()) {
            if (!a.active()) {
                continue;
            }
            accountChecks(a);
            org.resources(a.id()).ifPresent(this::resourceChecks);
        }
        governanceChecks(OrgGovernance.of(org.tree()));
        return findings;
    }

    private void governanceChecks(OrgGovernance g) {
        if (!g.rootFeatures().containsAll(List.of("RootCredentialsManagement", "RootSessions"))
                || !g.trustedServices().contains("iam.amazonaws.com")) {
            fail("organizations_root_access_centralized", g.uid());
        }
        if (g.resourcePolicy() == null || !g.resourcePolicy().contains("organizations:AttachPolicy")) {
            fail("organizations_policy_management_delegated", g.uid());
        }
        Set<String> delegatable = Set.of("cloudtrail.amazonaws.com", "config.amazonaws.com", "guardduty.amazonaws.com",
                "iam.amazonaws.com", "securityhub.amazonaws.com", "sso.amazonaws.com");
        g.delegatedByService().forEach((service, admins) -> {
            if (delegatable.contains(service) && admins.isEmpty()) {
                fail("organizations_security_services_delegated_admin", g.serviceUid(service));
            }
        });
    }

    private void fail(String check, String uid) {
        findings.add(new Finding(check, uid));
    }

    private boolean olderThan(Instant t, long days) {
        return t.isBefore(now.minus(Duration.ofDays(days)));
    }

    private void accountChecks(OrgAccount a) {
        AccountResources r = org.resources(a.id()).orElseThrow();
        boolean mgmt = a.id().equals(org.managementAccountId());
        if (!mgmt) {
            List<JsonNode> scps = coveringScps(a);
            if (!anyDeny(scps, s -> actions(s, "organizations:LeaveOrganization"))) {
                fail("organizations_scp_deny_leave_org", a.arn());
            }
            if (scps.stream().noneMatch(p -> denies(p, "cloudtrail:StopLogging") && denies(p, "cloudtrail:DeleteTrail"))) {
                fail("organizations_scp_protect_cloudtrail", a.arn());
            }
            if (scps.stream().noneMatch(p -> denies(p, "guardduty:DeleteDetector")
                    && denies(p, "guardduty:DisassociateFromMasterAccount"))) {
                fail("organizations_scp_protect_guardduty", a.arn());
            }
            if (!anyDeny(scps, s -> s.path("Condition").path("StringNotEquals").has("aws:RequestedRegion"))) {
                fail("organizations_scp_restrict_regions", a.arn());
            }
            if (a.parentId().equals(org.rootId())) {
                fail("organizations_account_not_in_root", a.arn());
            }
            boolean tagsEnforced = List.of("app", "env", "team", "cost-center").stream().allMatch(k -> anyDeny(scps,
                    s -> s.path("Condition").size() == 1 && s.path("Condition").path("Null").size() == 1
                            && "true".equals(s.path("Condition").path("Null").path("aws:RequestTag/" + k).asText())));
            if (!tagsEnforced) {
                fail("organizations_scp_require_tags_on_create", a.arn());
            }
        }
        if (covering(a, "TAG_POLICY").isEmpty()) {
            fail("organizations_tag_policy_attached", a.arn());
        }
        if (r.trails().stream().noneMatch(t -> t.multiRegion() && t.includeGlobalEvents() && t.logging())) {
            fail("cloudtrail_account_multi_region_trail", a.arn());
        }
        monitoringChecks(a, r);
        snsChecks(r);
        // CIS 4.8 / 4.9: a logging multi-region trail records S3 object writes / reads of all buckets
        if (r.trails().stream().noneMatch(t -> t.multiRegion() && t.logging() && t.s3DataEvents() != null
                && !t.s3DataEvents().equals("ReadOnly"))) {
            fail("cloudtrail_s3_dataevents_write_enabled", a.arn());
        }
        if (r.trails().stream().noneMatch(t -> t.multiRegion() && t.logging() && t.s3DataEvents() != null
                && !t.s3DataEvents().equals("WriteOnly"))) {
            fail("cloudtrail_s3_dataevents_read_enabled", a.arn());
        }
        boolean unloggedTrailBucket = r.trails().stream().anyMatch(t -> r.buckets().stream()
                .anyMatch(b -> b.name().equals(t.bucket()) && b.loggingTarget() == null));
        if (unloggedTrailBucket) {
            fail("cloudtrail_account_trail_bucket_logging", a.arn());
        }
        boolean defaultVpcInUse = r.regions().values().stream().anyMatch(rr -> rr.vpcs().stream().filter(Vpc::isDefault)
                .anyMatch(v -> rr.instances().stream().anyMatch(i -> i.vpcId().equals(v.id()))));
        if (defaultVpcInUse) {
            fail("ec2_account_default_vpc_unused", a.arn());
        }
        String cost = "arn:aws:ce::" + a.id() + ":cost";
        if (r.spendGrowth() > 1.5) {
            fail("costexplorer_account_spend_growth", cost);
        }
        if (a.tags().getOrDefault("owner", "").isEmpty()) {
            fail("costexplorer_account_owner_tag", cost);
        }
    }

    private List<JsonNode> coveringScps(OrgAccount a) {
        return covering(a, "SERVICE_CONTROL_POLICY");
    }

    private List<JsonNode> covering(OrgAccount a, String type) {
        Set<String> path = new HashSet<>();
        path.add(a.id());
        String parent = a.parentId();
        while (parent != null) {
            path.add(parent);
            String p = parent;
            parent = org.ous().stream().filter(o -> o.id().equals(p)).map(OrgUnit::parentId).findFirst().orElse(null);
        }
        List<JsonNode> out = new ArrayList<>();
        for (OrgPolicy p : org.policies()) {
            if (p.type().equals(type) && p.targets().stream().anyMatch(path::contains)) {
                out.add(parse(p.document()));
            }
        }
        return out;
    }

    private static boolean anyDeny(List<JsonNode> policies, Predicate<JsonNode> statement) {
        return policies.stream().anyMatch(p -> statements(p).stream()
                .anyMatch(s -> "Deny".equals(s.path("Effect").asText()) && statement.test(s)));
    }

    private static boolean denies(JsonNode policy, String action) {
        return statements(policy).stream().anyMatch(s -> "Deny".equals(s.path("Effect").asText()) && actions(s, action));
    }

    private static boolean actions(JsonNode statement, String action) {
        String service = action.substring(0, action.indexOf(':'));
        return values(statement.get("Action")).stream()
                .anyMatch(a -> a.equals(action) || a.equals("*") || a.equals(service + ":*"));
    }

    private static List<String> values(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node == null) {
            return out;
        }
        if (node.isArray()) {
            node.forEach(n -> out.add(n.asText()));
        } else {
            out.add(node.asText());
        }
        return out;
    }

    private static List<JsonNode> statements(JsonNode policy) {
        List<JsonNode> out = new ArrayList<>();
        JsonNode s = policy.get("Statement");
        if (s != null && s.isArray()) {
            s.forEach(out::add);
        } else if (s != null) {
            out.add(s);
        }
        return out;
    }

    private static JsonNode parse(String document) {
        try {
            return JSON.readTree(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean fullAdmin(String document) {
        return statements(parse(document)).stream().anyMatch(s -> "Allow".equals(s.path("Effect").asText())
                && values(s.get("Action")).contains("*") && values(s.get("Resource")).contains("*"));
    }

    private static boolean publicAllow(String document) {
        return document != null && statements(parse(document)).stream().anyMatch(s -> "Allow".equals(s.path("Effect").asText())
                && !s.has("Condition") && (s.path("Principal").isTextual() && s.path("Principal").asText().equals("*")
                        || values(s.path("Principal").get("AWS")).contains("*")));
    }

    private void resourceChecks(AccountResources r) {
        String acct = r.accountId();
        String root = "arn:aws:iam::" + acct + ":root";
        IamAccount iam = r.iam();
        check(!iam.rootMfa(), "iam_root_mfa_enabled", root);
        check(iam.rootMfa() && iam.rootVirtualMfa(), "iam_root_hardware_mfa_enabled", root);
        check(r.roles().stream().noneMatch(x -> x.attachedPolicyArns().contains(IamGenerator.SUPPORT_ACCESS)),
                "iam_support_role_exists", root);
        boolean cloudShell = r.users().stream().anyMatch(u -> u.attachedPolicyArns().contains(IamGenerator.CLOUDSHELL_FULL_ACCESS))
                || r.groups().stream().anyMatch(g -> g.attachedPolicyArns().contains(IamGenerator.CLOUDSHELL_FULL_ACCESS))
                || r.roles().stream().anyMatch(x -> x.attachedPolicyArns().contains(IamGenerator.CLOUDSHELL_FULL_ACCESS));
        check(cloudShell, "iam_policy_cloudshell_full_access_not_attached", root);
        String budgets = "arn:aws:budgets::" + acct + ":account";
        List<Budget> cost = r.budgets().stream().filter(b -> b.type().equals("COST")).toList();
        check(cost.isEmpty(), "budgets_cost_budget_exists", budgets);
        check(cost.stream().anyMatch(b -> b.notifications().stream().noneMatch(n -> !n.subscriberTypes().isEmpty())),
                "budgets_cost_budget_alerts", budgets);
        String contacts = "arn:aws:account::" + acct + ":account";
        check(!iam.alternateContacts().contains("SECURITY"), "account_security_contact_registered", contacts);
        check(!iam.alternateContacts().containsAll(List.of("BILLING", "OPERATIONS")),
                "account_alternate_contacts_registered", contacts);
        iam.serverCertificates().forEach(c -> check(c.expiration().isBefore(now), "iam_server_certificate_not_expired",
                c.arn()));
        check(iam.rootAccessKeys(), "iam_root_access_keys_absent", root);
        check(iam.rootPasswordLastUsed() != null && !olderThan(iam.rootPasswordLastUsed(), 30),
                "iam_root_not_recently_used", root);
        PasswordPolicy pp = iam.passwordPolicy();
        check(pp == null, "iam_password_policy_exists", root);
        check(pp != null && pp.minimumLength() < 14, "iam_password_policy_minimum_length", root);
        check(pp != null && (pp.reusePrevention() == null || pp.reusePrevention() < 24),
                "iam_password_policy_reuse_prevention", root);
        for (IamUser u : r.users()) {
            userChecks(u);
            check(adminByAnyRoute(r, u), "iam_user_no_full_admin", u.arn());
        }
        r.groups().forEach(g -> check(g.inlinePolicies().stream().anyMatch(p -> fullAdmin(p.document())),
                "iam_inline_policy_no_full_admin", g.arn()));
        r.roles().forEach(this::roleChecks);
        r.policies().forEach(p -> check(fullAdmin(p.document()), "iam_policy_no_full_admin", p.arn()));
        PublicAccessBlock ab = r.s3AccountBlock();
        check(!allTrue(ab), "s3_account_public_access_block", "arn:aws:s3::" + acct + ":account");
        r.buckets().forEach(this::bucketChecks);
        r.trails().forEach(t -> {
            check(!t.logFileValidation(), "cloudtrail_trail_log_file_validation", t.arn());
            check(t.kmsKeyArn() == null || t.kmsKeyArn().isEmpty(), "cloudtrail_trail_kms_encryption", t.arn());
            check(!t.logging(), "cloudtrail_trail_logging_enabled", t.arn());
        });
        r.regions().values().forEach(rr -> regionChecks(acct, rr));
        r.regions().values().forEach(rr -> rdsChecks(acct, rr));
        r.regions().values().forEach(rr -> dataStoreChecks(acct, rr));
        r.regions().values().forEach(rr -> ComputeModelChecks.run(acct, rr, now, this::fail));
        r.regions().values().forEach(rr -> MessagingModelChecks.run(acct, rr, now, this::fail));
        r.regions().values().forEach(rr -> networkChecks(acct, rr));
        r.regions().values().forEach(rr -> imageChecks(acct, rr));
        r.regions().values().forEach(rr -> fleetChecks(acct, rr));
        r.regions().values().forEach(rr -> elbChecks(acct, rr));
        r.regions().values().forEach(rr -> apiGatewayChecks(rr));
        r.regions().values().forEach(rr -> rr.edge().distributions().forEach(d -> distributionChecks(acct, d)));
        r.regions().values().forEach(rr -> rr.edgeSecurity().webAcls().forEach(a -> webAclChecks(acct, rr.region(), a)));
        r.regions().values().forEach(rr -> rr.edgeSecurity().hostedZones().stream().filter(z -> !z.privateZone())
                .forEach(z -> {
                    check(!z.signing(), "route53_public_hosted_zone_dnssec_signing", z.arn());
                    check(z.queryLogGroup() == null, "route53_public_hosted_zone_query_logging", z.arn());
                }));
        r.regions().values().forEach(rr -> rr.edgeSecurity().domains().forEach(d -> {
            check(!d.transferLock(), "route53_domain_transfer_lock_enabled", d.arn());
            check(!d.autoRenew(), "route53_domain_auto_renew_enabled", d.arn());
            check(!d.registrantPrivacy(), "route53_domain_privacy_protection_enabled", d.arn());
        }));
        r.regions().values().forEach(rr -> rr.edgeSecurity().certificates().forEach(c -> {
            String uid = c.arn(rr.region(), acct);
            check(c.status().equals("ISSUED") && c.notAfter().isBefore(now.plus(Duration.ofDays(30))),
                    "acm_certificate_expiration_check", uid);
            check(c.keyAlgorithm().startsWith("RSA_") && Integer.parseInt(c.keyAlgorithm().substring(4)) < 2048,
                    "acm_certificate_rsa_key_length", uid);
            check(c.type().equals("AMAZON_ISSUED") && !c.ctLogging(), "acm_certificate_transparency_logging_enabled", uid);
        }));
    }

    private void webAclChecks(String acct, String region, WebAcl a) {
        String uid = a.arn(acct, region);
        check(a.logDestination() == null, "wafv2_webacl_logging_enabled", uid);
        check(a.rules().isEmpty() && a.defaultAction().equals("ALLOW"), "wafv2_webacl_with_rules", uid);
        check(!a.metrics() || a.rules().stream().anyMatch(x -> !x.metrics()), "wafv2_webacl_cloudwatch_metrics_enabled",
                uid);
    }

    private void apiGatewayChecks(RegionResources rr) {
        String region = rr.region();
        for (ApiGatewayResources.RestApi api : rr.apiGateway().restApis()) {
            String uid = api.arn(region);
            check(api.stages().stream().anyMatch(s -> !s.accessLogs()), "apigateway_restapi_stage_access_logging", uid);
            check(api.stages().stream().anyMatch(s -> !List.of("ERROR", "INFO").contains(s.loggingLevel())),
                    "apigateway_restapi_stage_execution_logging", uid);
            check(!api.endpointType().equals("PRIVATE") && api.stages().stream().anyMatch(s -> s.webAclArn() == null),
                    "apigateway_restapi_stage_waf", uid);
            check(api.stages().stream().anyMatch(s -> s.clientCertificateId() == null),
                    "apigateway_restapi_stage_client_certificate", uid);
        }
        rr.apiGateway().domains().forEach(d -> check(d.securityPolicy().equals("TLS_1_0"), "apigateway_domain_tls_1_2",
                d.arn(region)));
        for (ApiGatewayResources.HttpApi api : rr.apiGateway().httpApis()) {
            check(!api.unloggedStages().isEmpty(), "apigatewayv2_api_stage_access_logging", api.arn(region));
            check(api.routes().stream().anyMatch(x -> !x.key().startsWith("OPTIONS ") && x.authorizationType().equals("NONE")),
                    "apigatewayv2_api_routes_authorized", api.arn(region));
        }
    }

    private void distributionChecks(String acct, Distribution d) {
        String uid = d.arn(acct);
        check(d.viewerProtocolPolicy().equals("allow-all"), "cloudfront_distribution_viewer_https", uid);
        check(d.defaultCertificate() || !List.of("TLSv1.2_2021", "TLSv1.2_2025", "TLSv1.3_2025")
                .contains(d.minimumProtocolVersion()), "cloudfront_distribution_tls_1_2", uid);
        check(d.origins().stream().anyMatch(o -> o.kind().equals("s3-oai") || o.kind().equals("s3-website")),
                "cloudfront_distribution_s3_origin_access_control", uid);
        check(d.webAclArn() == null, "cloudfront_distribution_waf_enabled", uid);
        check(!d.logging(), "cloudfront_distribution_logging_enabled", uid);
        check(d.origins().stream().anyMatch(o -> o.kind().equals("custom") && !o.protocolPolicy().equals("https-only")),
                "cloudfront_distribution_origin_https_only", uid);
    }

    private void elbChecks(String acct, RegionResources rr) {
        for (LoadBalancerV2 lb : rr.elb().v2()) {
            String uid = lb.arn(rr.region(), acct);
            boolean alb = lb.type().equals("application");
            check(alb && lb.listeners().stream().anyMatch(l -> l.protocol().equals("HTTP") && !l.redirectToHttps()),
                    "elbv2_lb_http_redirects_to_https", uid);
            check(lb.listeners().stream().anyMatch(l -> "ELBSecurityPolicy-2016-08".equals(l.sslPolicy())),
                    "elbv2_lb_tls_policy_secure", uid);
            check(!"true".equals(lb.attributes().get("access_logs.s3.enabled")), "elbv2_lb_access_logging_enabled", uid);
            check(!"true".equals(lb.attributes().get("deletion_protection.enabled")), "elbv2_lb_deletion_protection", uid);
            check(alb && !"true".equals(lb.attributes().get("routing.http.drop_invalid_header_fields.enabled")),
                    "elbv2_alb_drop_invalid_headers", uid);
            check(alb && "monitor".equals(lb.attributes().get("routing.http.desync_mitigation_mode")),
                    "elbv2_alb_desync_mitigation", uid);
        }
        for (ClassicLoadBalancer lb : rr.elb().classic()) {
            String uid = lb.arn(rr.region(), acct);
            check(lb.listeners().stream().anyMatch(l -> !l.secure()), "elb_lb_listeners_encrypted", uid);
            check(lb.legacyProtocols() && lb.listeners().stream().anyMatch(ClassicLoadBalancer.Listener::secure),
                    "elb_lb_tls_policy_secure", uid);
            check(!lb.accessLog(), "elb_lb_access_logging_enabled", uid);
            check(lb.desyncMode().equals("monitor"), "elb_lb_desync_mitigation", uid);
        }
    }

    private void dataStoreChecks(String acct, RegionResources rr) {
        for (DynamoTable t : rr.dataStores().tables()) {
            String uid = t.arn(rr.region(), acct);
            check(!t.pointInTimeRecovery(), "dynamodb_table_pitr_enabled", uid);
            check(t.kmsKeyArn() == null, "dynamodb_table_kms_encryption", uid);
            check(!t.deletionProtection(), "dynamodb_table_deletion_protection", uid);
        }
        for (EfsFileSystem f : rr.dataStores().fileSystems()) {
            String uid = f.arn(rr.region(), acct);
            check(!f.encrypted(), "efs_file_system_encrypted", uid);
            check(!"ENABLED".equals(f.backupStatus()), "efs_file_system_automatic_backups", uid);
            check(f.policy() == null || publicAllow(f.policy()), "efs_file_system_policy_not_public", uid);
        }
        for (CacheReplicationGroup c : rr.dataStores().caches()) {
            String uid = c.arn(rr.region(), acct);
            check(!c.atRestEncryption(), "elasticache_replication_group_encrypted_at_rest", uid);
            check(!c.transitEncryption(), "elasticache_replication_group_encrypted_in_transit", uid);
            check(c.snapshotRetentionDays() < 1, "elasticache_replication_group_automatic_backups", uid);
            check(!c.autoMinorVersionUpgrade(), "elasticache_replication_group_auto_minor_version_upgrade", uid);
            check(!c.authToken() && c.userGroupIds().isEmpty(), "elasticache_replication_group_auth_enabled", uid);
        }
        for (RedshiftCluster w : rr.dataStores().warehouses()) {
            String uid = w.arn(rr.region(), acct);
            check(w.publiclyAccessible(), "redshift_cluster_not_publicly_accessible", uid);
            check(!w.encrypted(), "redshift_cluster_encrypted", uid);
            check(!w.auditLogging(), "redshift_cluster_audit_logging", uid);
            check(!w.requireSsl(), "redshift_cluster_require_ssl", uid);
            check(w.snapshotRetentionDays() < 1, "redshift_cluster_automated_snapshots", uid);
        }
        for (SearchDomain d : rr.dataStores().domains()) {
            String uid = d.arn(rr.region(), acct);
            check(d.vpcId() == null && publicAllow(d.policy()), "opensearch_domain_not_publicly_accessible", uid);
            check(!d.encryptionAtRest(), "opensearch_domain_encryption_at_rest", uid);
            check(!d.nodeToNode(), "opensearch_domain_node_to_node_encryption", uid);
            check(!d.enforceHttps() || !d.tlsPolicy().startsWith("Policy-Min-TLS-1-2"), "opensearch_domain_https_tls12",
                    uid);
            check(!d.auditLogs(), "opensearch_domain_audit_logging", uid);
            check(!d.fineGrained(), "opensearch_domain_fine_grained_access_control", uid);
        }
    }

    private void fleetChecks(String acct, RegionResources rr) {
        for (LaunchTemplate t : rr.fleet().launchTemplates()) {
            LaunchTemplate.Version v = t.version(t.defaultVersion());
            String uid = "arn:aws:ec2:" + rr.region() + ":" + acct + ":launch-template/" + t.id();
            check(!"required".equals(v.httpTokens()), "ec2_launch_template_imdsv2_required", uid);
            check(Boolean.TRUE.equals(v.associatePublicIp()), "ec2_launch_template_no_public_ip", uid);
        }
        for (AutoScalingGroup g : rr.fleet().groups()) {
            String uid = g.arn(rr.region(), acct);
            check(g.launchTemplateId() == null && g.launchConfigurationName() != null, "autoscaling_group_launch_template",
                    uid);
            check(new HashSet<>(g.availabilityZones()).size() < 2, "autoscaling_group_multiple_az", uid);
            check(!g.targetGroupArns().isEmpty() && !"ELB".equals(g.healthCheckType()),
                    "autoscaling_group_elb_health_check", uid);
        }
    }

    private void imageChecks(String acct, RegionResources rr) {
        String prefix = "arn:aws:ec2:" + rr.region() + ":" + acct + ":";
        for (MachineImage i : rr.images().images()) {
            check(i.isPublic(), "ec2_ami_not_public", "arn:aws:ec2:" + rr.region() + "::image/" + i.id());
        }
        for (EbsSnapshot s : rr.images().snapshots()) {
            String uid = "arn:aws:ec2:" + rr.region() + "::snapshot/" + s.id();
            check(s.isPublic(), "ec2_ebs_snapshot_not_public", uid);
            check(!s.encrypted(), "ec2_ebs_snapshot_encrypted", uid);
        }
        for (Volume v : rr.volumes()) {
            check(v.instanceId() == null, "ec2_volume_in_use", prefix + "volume/" + v.id());
        }
        for (Instance i : rr.instances()) {
            check(i.stoppedAt() != null && i.stoppedAt().isBefore(now.minus(Duration.ofDays(30))),
                    "ec2_instance_not_stopped_30_days", prefix + "instance/" + i.id());
        }
    }

    private void networkChecks(String acct, RegionResources rr) {
        String prefix = "arn:aws:ec2:" + rr.region() + ":" + acct + ":";
        for (NetworkAcl acl : rr.network().acls()) {
            check(adminPortOpen(acl, 22) || adminPortOpen(acl, 3389), "ec2_networkacl_admin_ports_open",
                    prefix + "network-acl/" + acl.id());
        }
        for (PeeringConnection p : rr.network().peerings()) {
            boolean broad = rr.network().routeTables().stream().flatMap(t -> t.routes().stream())
                    .anyMatch(route -> p.id().equals(route.peeringConnectionId())
                            && !route.destination().equals(p.accepterCidr()) && !within(route.destination(), p.accepterCidr()));
            check(broad, "ec2_vpcpeering_routes_least_access", p.arn(rr.region(), acct));
        }
        for (SecurityGroup g : rr.securityGroups()) {
            check(openOn(g, 445), "ec2_securitygroup_cifs_open", prefix + "security-group/" + g.id());
        }
    }

    /** The first ingress entry (by rule number) from the whole IPv4 or IPv6 internet that matches TCP to port allows. */
    private static boolean adminPortOpen(NetworkAcl acl, int port) {
        for (String world : List.of("0.0.0.0/0", "::/0")) {
            NetworkAcl.Entry first = acl.entries().stream().filter(e -> !e.egress() && e.cidr().equals(world))
                    .filter(e -> e.protocol().equals("-1") || e.protocol().equals("6") && e.fromPort() <= port
                            && port <= e.toPort())
                    .min(java.util.Comparator.comparingInt(NetworkAcl.Entry::ruleNumber)).orElse(null);
            if (first != null && first.allow()) {
                return true;
            }
        }
        return false;
    }

    /** IPv4 only (the generated peer CIDRs are IPv4): whether inner lies inside outer. */
    private static boolean within(String inner, String outer) {
        if (inner.contains(":") || outer.contains(":")) {
            return false;
        }
        int innerBits = Integer.parseInt(inner.substring(inner.indexOf('/') + 1));
        int outerBits = Integer.parseInt(outer.substring(outer.indexOf('/') + 1));
        long mask = outerBits == 0 ? 0 : (0xFFFFFFFFL << (32 - outerBits)) & 0xFFFFFFFFL;
        return innerBits >= outerBits && (ip(inner) & mask) == (ip(outer) & mask);
    }

    private static long ip(String cidr) {
        long v = 0;
        for (String part : cidr.substring(0, cidr.indexOf('/')).split("\\.")) {
            v = v << 8 | Long.parseLong(part);
        }
        return v;
    }

    /** CIS 5.1-5.15: trail (all management events in the fake) -> log group -> filter -> alarm -> confirmed topic. */
    private void monitoringChecks(OrgAccount a, AccountResources r) {
        String acct = r.accountId();
        MonitoringResources m = r.monitoring();
        Set<String> groups = new HashSet<>();
        r.trails().stream().filter(t -> t.multiRegion() && t.logging() && t.logGroupArn() != null)
                .forEach(t -> groups.add(t.logGroupArn()));
        for (String check : MonitoringModel.REQUIREMENTS.keySet()) {
            boolean ok = m.filters().stream()
                    .filter(f -> groups.contains("arn:aws:logs:" + m.region() + ":" + acct + ":log-group:" + f.logGroup()
                            + ":*"))
                    .filter(f -> MonitoringModel.accepted(check, f.pattern()))
                    .anyMatch(f -> m.alarms().stream().anyMatch(al -> al.metricName().equals(f.metricName())
                            && al.namespace().equals(f.namespace()) && al.actionsEnabled()
                            && al.actions().stream().anyMatch(arn -> m.topics().stream()
                                    .anyMatch(t -> t.arn(m.region(), acct).equals(arn) && t.confirmed() > 0))));
            if (!ok) {
                fail(check, a.arn());
            }
        }
    }

    /** SNS: a KMS key; no Allow statement for the principal "*" (or AWS "*") without a Condition. */
    private void snsChecks(AccountResources r) {
        MonitoringResources m = r.monitoring();
        for (SnsTopic t : m.topics()) {
            String uid = t.arn(m.region(), r.accountId());
            check(t.kmsKeyId() == null || t.kmsKeyId().isEmpty(), "sns_topic_kms_encryption", uid);
            boolean open = false;
            if (t.policy() != null) {
                try {
                    JsonNode statements = JSON.readTree(t.policy()).path("Statement");
                    for (JsonNode st : statements.isArray() ? statements : JSON.createArrayNode().add(statements)) {
                        JsonNode p = st.path("Principal");
                        boolean star = "*".equals(p.asText()) || "*".equals(p.path("AWS").asText())
                                || (p.path("AWS").isArray() && p.path("AWS").toString().contains("\"*\""));
                        open |= "Allow".equals(st.path("Effect").asText()) && star && !st.has("Condition");
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            check(open, "sns_topic_policy_not_public", uid);
        }
    }

    private void rdsChecks(String acct, RegionResources rr) {
        String region = rr.region();
        for (DbInstance i : rr.rds().instances()) {
            String uid = i.arn(region, acct);
            check(i.publiclyAccessible(), "rds_instance_not_publicly_accessible", uid);
            check(!i.autoMinorVersionUpgrade(), "rds_instance_auto_minor_version_upgrade", uid);
            if (i.clusterId() == null) {
                check(!i.encrypted(), "rds_instance_storage_encrypted", uid);
                check(i.backupRetentionDays() < 7, "rds_instance_backup_retention", uid);
                check(!i.deletionProtection(), "rds_instance_deletion_protection", uid);
                check(!i.multiAz(), "rds_instance_multi_az", uid);
                check(List.of("mysql", "mariadb", "postgres").contains(i.engine()) && !i.iamAuthentication(),
                        "rds_instance_iam_authentication", uid);
            }
        }
        for (DbCluster c : rr.rds().clusters()) {
            check(!c.encrypted(), "rds_cluster_storage_encrypted", c.arn(region, acct));
            check(!c.deletionProtection(), "rds_cluster_deletion_protection", c.arn(region, acct));
            boolean docdb = c.engine().equals("docdb");
            boolean neptune = c.engine().equals("neptune");
            check(docdb && !c.logExports().contains("audit"), "documentdb_cluster_audit_logs_enabled", c.arn(region, acct));
            check(docdb && c.backupRetentionDays() < 7, "documentdb_cluster_backup_retention", c.arn(region, acct));
            check(neptune && !c.iamAuthentication(), "neptune_cluster_iam_authentication", c.arn(region, acct));
            check(neptune && !c.logExports().contains("audit"), "neptune_cluster_audit_logs_enabled", c.arn(region, acct));
        }
        rr.rds().snapshots().forEach(s -> check(s.isPublic(), "rds_snapshot_not_public", s.arn(region, acct)));
    }

    private void userChecks(IamUser u) {
        check(!u.inlinePolicies().isEmpty(), "iam_user_no_inline_policies", u.arn());
        check(!u.attachedPolicyArns().isEmpty(), "iam_user_no_attached_policies", u.arn());
        check(u.inlinePolicies().stream().anyMatch(p -> fullAdmin(p.document())), "iam_inline_policy_no_full_admin",
                u.arn());
        check(u.passwordEnabled() && !u.mfa(), "iam_user_console_mfa_enabled", u.arn());
        List<AccessKey> active = u.keys().stream().filter(AccessKey::active).toList();
        check(active.stream().anyMatch(k -> olderThan(k.lastRotated(), 90)), "iam_user_access_key_rotated", u.arn());
        check(active.size() == 2, "iam_user_single_active_access_key", u.arn());
        boolean unusedPassword = u.passwordEnabled() && (u.passwordLastUsed() == null ? olderThan(u.created(), 45)
                : olderThan(u.passwordLastUsed(), 45));
        boolean unusedKey = active.stream().anyMatch(k -> k.lastUsed() == null ? olderThan(k.lastRotated(), 45)
                : olderThan(k.lastUsed(), 45));
        check(unusedPassword || unusedKey, "iam_user_credentials_unused", u.arn());
    }

    /** AWS-managed documents: of the ones the fake serves, only AdministratorAccess grants "*" on "*". */
    private static boolean adminArn(AccountResources r, String arn) {
        return arn.equals(IamGenerator.ADMINISTRATOR_ACCESS)
                || r.policies().stream().anyMatch(p -> p.arn().equals(arn) && fullAdmin(p.document()));
    }

    private static boolean adminByAnyRoute(AccountResources r, IamUser u) {
        boolean own = u.inlinePolicies().stream().anyMatch(p -> fullAdmin(p.document()))
                || u.attachedPolicyArns().stream().anyMatch(arn -> adminArn(r, arn));
        return own || r.groups().stream().filter(g -> u.groups().contains(g.name())).anyMatch(g ->
                g.inlinePolicies().stream().anyMatch(p -> fullAdmin(p.document()))
                        || g.attachedPolicyArns().stream().anyMatch(arn -> adminArn(r, arn)));
    }

    private void roleChecks(IamRole role) {
        check(!role.path().startsWith("/aws-service-role/") && (role.lastUsed() == null
                ? olderThan(role.created(), 90) : olderThan(role.lastUsed(), 90)), "iam_role_unused", role.arn());
        check(role.inlinePolicies().stream().anyMatch(p -> fullAdmin(p.document())), "iam_inline_policy_no_full_admin",
                role.arn());
        check(publicAllow(role.trustDocument()), "iam_role_trust_no_public_principal", role.arn());
        boolean external = statements(parse(role.trustDocument())).stream().anyMatch(s ->
                "Allow".equals(s.path("Effect").asText()) && actions(s, "sts:AssumeRole")
                        && !s.path("Condition").toString().contains("sts:ExternalId")
                        && values(s.path("Principal").get("AWS")).stream().anyMatch(p -> {
                            String id = p.matches("\\d{12}") ? p : p.matches("arn:aws:iam::\\d{12}:root")
                                    ? p.substring(13, 25) : null;
                            return id != null && !orgAccounts.contains(id);
                        }));
        check(external, "iam_role_trust_cross_account_external_id", role.arn());
        for (JsonNode st : statements(parse(role.trustDocument()))) {
            if (!"Allow".equals(st.path("Effect").asText()) || !actions(st, "sts:AssumeRoleWithWebIdentity")) {
                continue;
            }
            String condition = st.path("Condition").toString();
            for (String federated : values(st.path("Principal").get("Federated"))) {
                int at = federated.indexOf(":oidc-provider/");
                String host = at < 0 ? null : federated.substring(at + ":oidc-provider/".length());
                check("token.actions.githubusercontent.com".equals(host)
                        && !condition.contains("token.actions.githubusercontent.com:sub"),
                        "iam_role_trust_github_oidc_sub_restricted", role.arn());
                check(host != null && !condition.contains(host + ":aud"), "iam_role_trust_web_identity_aud_condition",
                        role.arn());
            }
        }
    }

    private void bucketChecks(Bucket b) {
        check(!allTrue(b.publicAccessBlock()), "s3_bucket_public_access_block", b.arn());
        check(publicAllow(b.policy()), "s3_bucket_policy_not_public", b.arn());
        check(b.aclPublic(), "s3_bucket_acl_not_public", b.arn());
        check(b.sseAlgorithm() == null, "s3_bucket_default_encryption", b.arn());
        check(!"Enabled".equals(b.versioning()), "s3_bucket_versioning_enabled", b.arn());
        check(b.versioning() == null || !b.mfaDelete(), "s3_bucket_mfa_delete_enabled", b.arn());
        check(b.loggingTarget() == null, "s3_bucket_access_logging_enabled", b.arn());
        boolean tls = b.policy() != null && statements(parse(b.policy())).stream().anyMatch(s ->
                "Deny".equals(s.path("Effect").asText())
                        && "false".equals(s.path("Condition").path("Bool").path("aws:SecureTransport").asText()));
        check(!tls, "s3_bucket_secure_transport", b.arn());
        check(!tagsOk(b.tags()), "tags_resource_required_keys", b.arn());
    }

    private void regionChecks(String acct, RegionResources rr) {
        String prefix = "arn:aws:ec2:" + rr.region() + ":" + acct + ":";
        check(!rr.ebsEncryptionByDefault(), "ec2_ebs_default_encryption", prefix + "region");
        SecurityBaseline b = rr.baseline();
        String baseline = SecurityBaseline.uid(acct, rr.region());
        check(!"ENABLED".equals(b.guardDutyStatus()), "guardduty_detector_enabled", baseline);
        check(!"ENABLED".equals(b.macieStatus()), "macie_enabled", baseline);
        check(!b.inspectorScans().containsAll(List.of("EC2", "ECR", "LAMBDA")), "inspector2_scanning_enabled", baseline);
        check(!b.securityHub(), "securityhub_enabled", baseline);
        check(!(b.configRecorder() && b.configRecording() && b.deliveryChannel()), "config_recorder_enabled", baseline);
        check(!"ACTIVE".equals(b.analyzerStatus()), "accessanalyzer_enabled", baseline);
        for (SecurityGroup g : rr.securityGroups()) {
            String uid = prefix + "security-group/" + g.id();
            check(openOn(g, 22), "ec2_securitygroup_ssh_open", uid);
            check(openOn(g, 3389), "ec2_securitygroup_rdp_open", uid);
            check(DB_PORTS.stream().anyMatch(p -> openOn(g, p)), "ec2_securitygroup_db_ports_open", uid);
            check(g.ingress().stream().anyMatch(p -> world(p) && (p.protocol().equals("-1")
                    || (p.protocol().equals("tcp") || p.protocol().equals("udp")) && p.fromPort() <= 0
                            && p.toPort() >= 65535)), "ec2_securitygroup_all_ports_open", uid);
            check(g.name().equals("default") && (!g.ingress().isEmpty() || !g.egress().isEmpty()),
                    "ec2_securitygroup_default_restricts_all", uid);
        }
        for (Vpc v : rr.vpcs()) {
            String uid = prefix + "vpc/" + v.id();
            check(rr.flowLogs().stream().noneMatch(f -> f.resourceId().equals(v.id())), "ec2_vpc_flow_logs_enabled", uid);
            check(!tagsOk(v.tags()), "tags_resource_required_keys", uid);
        }
        for (Volume v : rr.volumes()) {
            check(!v.encrypted(), "ec2_volume_encrypted", prefix + "volume/" + v.id());
            check(!tagsOk(v.tags()), "tags_resource_required_keys", prefix + "volume/" + v.id());
        }
        for (Instance i : rr.instances()) {
            String uid = prefix + "instance/" + i.id();
            check(!i.httpTokens().equals("required"), "ec2_instance_imdsv2_required", uid);
            check(i.instanceProfileArn() == null, "ec2_instance_profile_attached", uid);
            check(i.publicIp() != null && !i.publicIp().isEmpty(), "ec2_instance_no_public_ip", uid);
            check(!tagsOk(i.tags()), "tags_resource_required_keys", uid);
        }
        for (KmsKey k : rr.keys()) {
            if (k.customerManaged()) {
                check(!k.rotationEnabled(), "kms_key_rotation_enabled", k.arn());
                check(publicAllow(k.policy()), "kms_key_policy_not_public", k.arn());
                check(!tagsOk(k.tags()), "tags_resource_required_keys", k.arn());
            }
        }
    }

    private static boolean world(IpPermission p) {
        return p.ipv4Ranges().contains("0.0.0.0/0") || p.ipv6Ranges().contains("::/0");
    }

    private static boolean openOn(SecurityGroup g, int port) {
        return g.ingress().stream().anyMatch(p -> world(p) && (p.protocol().equals("-1")
                || p.protocol().equals("tcp") && p.fromPort() <= port && port <= p.toPort()));
    }

    private static boolean allTrue(PublicAccessBlock b) {
        return b != null && b.blockPublicAcls() && b.ignorePublicAcls() && b.blockPublicPolicy()
                && b.restrictPublicBuckets();
    }

    private static boolean tagsOk(Map<String, String> tags) {
        for (String key : List.of("app", "env", "team", "cost-center")) {
            String v = tags.get(key);
            if (v == null || v.isEmpty()) {
                return false;
            }
        }
        return ENVS.contains(tags.get("env"));
    }

    private void check(boolean failed, String checkId, String uid) {
        if (failed) {
            fail(checkId, uid);
        }
    }
}
