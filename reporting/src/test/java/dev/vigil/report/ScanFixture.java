package dev.vigil.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vigil.evaluate.CheckMetadata;
import dev.vigil.evaluate.Finding;
import dev.vigil.evaluate.Framework;
import dev.vigil.evaluate.Remediation;
import dev.vigil.evaluate.ScanResult;
import dev.vigil.evaluate.Severity;
import dev.vigil.evaluate.Status;
import dev.vigil.report.sarif.Fingerprints;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A fixed scan: two AWS accounts and one GCP project, every severity and status (an UNKNOWN finding behind a
 * denied call among them), collection gaps, two frameworks, and values that break naive writers (commas,
 * quotes, newlines, markup, non-ASCII). {@link #incompleteScan()} is the same scan with a third AWS account
 * that could not be collected.
 */
public final class ScanFixture {

    public static final String SCAN_ID = "2026-11-22T07-52-13Z-4f3a";
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T08:00:00Z"), ZoneOffset.UTC);
    public static final String PROD = "111122223333";
    public static final String SANDBOX = "444455556666";
    public static final String GCP_PROJECT = "analytics-prod-7731";
    /** The account {@link #incompleteScan()} could not collect. */
    public static final String LEGACY = "777788889999";
    public static final String UNKNOWN_MESSAGE = "UNKNOWN: depends on Grants (s3:GetBucketAcl AccessDenied)";
    public static final String XSS_NAME = "evil<script>document.documentElement.setAttribute('data-pwned','1')</script>";
    public static final String TRICKY_MESSAGE = "Bucket \"logs, archive\" grants READ to AllUsers,\nsee ACL line 2";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ScanFixture() {
    }

    public static ScanResult scanResult() {
        Builder b = new Builder();
        // Account-level checks in the production account.
        b.add("iam_root_mfa_enabled", Status.FAIL, PROD, "global", "aws.iam.account",
                "arn:aws:iam::" + PROD + ":root", PROD, Map.of(),
                "Root account of " + PROD + " has no MFA device (AccountMFAEnabled = 0).", null,
                "{\"SummaryMap\":{\"AccountMFAEnabled\":0}}");
        b.add("iam_root_access_keys_absent", Status.PASS, PROD, "global", "aws.iam.account",
                "arn:aws:iam::" + PROD + ":root", PROD, Map.of(), "Root account has no access keys.", null, null);
        b.add("iam_user_console_mfa_enabled", Status.FAIL, PROD, "global", "aws.iam.user",
                "arn:aws:iam::" + PROD + ":user/deploy-bot", "deploy-bot", Map.of(),
                "User deploy-bot has a console password and no MFA.", null, null);
        b.add("iam_user_console_mfa_enabled", Status.MUTED, PROD, "global", "aws.iam.user",
                "arn:aws:iam::" + PROD + ":user/break-glass", "break-glass", Map.of(),
                "User break-glass has a console password and no MFA.",
                "Break-glass user; hardware MFA kept in the safe (ticket SEC-1142)", null);
        b.add("s3_bucket_acl_not_public", Status.FAIL, PROD, "eu-west-1", "aws.s3.bucket",
                "arn:aws:s3:::payments-logs, archive", "payments-logs, archive",
                Map.of("env", "prod", "team", "payments", "note", "contains \"quotes\", commas"),
                TRICKY_MESSAGE, null, "{\"Grants\":[{\"Grantee\":{\"URI\":\"http://acs.amazonaws.com/groups/global/AllUsers\"},\"Permission\":\"READ\"}]}");
        b.add("s3_bucket_versioning_enabled", Status.FAIL, PROD, "eu-west-1", "aws.s3.bucket",
                "arn:aws:s3:::payments-logs, archive", "payments-logs, archive",
                Map.of("env", "prod", "team", "payments", "note", "contains \"quotes\", commas"),
                "Versioning is Suspended on bucket payments-logs, archive.", null, null);
        b.add("s3_bucket_versioning_enabled", Status.PASS, PROD, "us-east-1", "aws.s3.bucket",
                "arn:aws:s3:::payments-receipts", "payments-receipts", Map.of("env", "prod"),
                "Versioning is Enabled on bucket payments-receipts.", null, null);
        b.add("s3_bucket_acl_not_public", Status.UNKNOWN, PROD, "us-east-1", "aws.s3.bucket",
                "arn:aws:s3:::payments-receipts", "payments-receipts", Map.of("env", "prod"), UNKNOWN_MESSAGE, null,
                "{\"unknown\":[{\"attribute\":\"Grants\",\"service\":\"s3\",\"operation\":\"GetBucketAcl\","
                        + "\"error_code\":\"AccessDenied\"}]}");
        b.add("ec2_securitygroup_ssh_open", Status.FAIL, PROD, "us-east-1", "aws.ec2.security_group",
                "arn:aws:ec2:us-east-1:" + PROD + ":security-group/sg-0a1b2c3d", XSS_NAME, Map.of("env", "prod"),
                "Security group " + XSS_NAME + " allows 0.0.0.0/0 on port 22 <img src=x onerror=alert(1)>.", null,
                "{\"IpPermissions\":[{\"IpProtocol\":\"tcp\",\"FromPort\":22,\"ToPort\":22}]}");
        b.add("ec2_instance_imdsv2_required", Status.ERROR, PROD, "us-east-1", "aws.ec2.instance",
                "arn:aws:ec2:us-east-1:" + PROD + ":instance/i-0123456789abcdef0", "web-1", Map.of(),
                "eval_type_error: object.get: operand 1 must be object but got null", null, null);
        b.add("ec2_vpc_flow_logs_enabled", Status.FAIL, PROD, "us-east-1", "aws.ec2.vpc",
                "arn:aws:ec2:us-east-1:" + PROD + ":vpc/vpc-0fedcba9", "main", Map.of("env", "prod"),
                "VPC vpc-0fedcba9 has no flow logs.", null, null);
        b.add("kms_key_rotation_enabled", Status.PASS, PROD, "us-east-1", "aws.kms.key",
                "arn:aws:kms:us-east-1:" + PROD + ":key/1234abcd-12ab-34cd-56ef-1234567890ab", "payments-cmk",
                Map.of("app", "payments"), "Key rotation is enabled.", null, null);
        b.add("tags_resource_required_keys", Status.FAIL, PROD, "us-east-1", "aws.kms.key",
                "arn:aws:kms:us-east-1:" + PROD + ":key/1234abcd-12ab-34cd-56ef-1234567890ab", "payments-cmk",
                Map.of("app", "payments"), "Missing required tags: env, team, cost-center.", null, null);
        // The sandbox account.
        b.add("iam_root_mfa_enabled", Status.PASS, SANDBOX, "global", "aws.iam.account",
                "arn:aws:iam::" + SANDBOX + ":root", SANDBOX, Map.of(), "Root account has an MFA device.", null, null);
        b.add("organizations_scp_deny_leave_org", Status.FAIL, SANDBOX, "global", "aws.account",
                "arn:aws:organizations::" + PROD + ":account/o-a1b2c3d4e5/" + SANDBOX, "dev-sandbox",
                Map.of("owner", "platform"), "No SCP on the account's path denies organizations:LeaveOrganization.",
                null, null);
        b.add("ec2_securitygroup_ssh_open", Status.PASS, SANDBOX, "eu-west-1", "aws.ec2.security_group",
                "arn:aws:ec2:eu-west-1:" + SANDBOX + ":security-group/sg-0badc0de", "internal-only",
                Map.of("env", "sandbox"), "Ingress only from 10.0.0.0/8.", null, null);
        b.add("s3_bucket_versioning_enabled", Status.FAIL, SANDBOX, "us-west-2", "aws.s3.bucket",
                "arn:aws:s3:::sandbox-scratch-\u00e9t\u00e9", "sandbox-scratch-\u00e9t\u00e9", Map.of("env", "sandbox"),
                "Versioning is not enabled on bucket sandbox-scratch-\u00e9t\u00e9.", null, null);
        b.add("costexplorer_account_owner_tag", Status.FAIL, SANDBOX, "global", "aws.ce.account_cost",
                "arn:aws:ce::" + SANDBOX + ":cost", SANDBOX, Map.of(),
                "Spent 1,234.56 USD last month and the account has no owner tag.", null, null);
        // A GCP project.
        b.add("compute_firewall_ssh_open", Status.FAIL, GCP_PROJECT, "global", "gcp.compute.firewall",
                "//compute.googleapis.com/projects/" + GCP_PROJECT + "/global/firewalls/allow-ssh", "allow-ssh",
                Map.of(), "Firewall rule allow-ssh allows 0.0.0.0/0 on tcp:22.", null, null);
        b.add("storage_bucket_uniform_access", Status.PASS, GCP_PROJECT, "europe-west1", "gcp.storage.bucket",
                "//storage.googleapis.com/projects/_/buckets/analytics-raw", "analytics-raw", Map.of("env", "prod"),
                "Uniform bucket-level access is enabled.", null, null);

        List<ScanResult.AccountInfo> accounts = List.of(
                new ScanResult.AccountInfo("aws", PROD, "prod-payments", "ACTIVE", List.of("Root", "Workloads"),
                        Map.of("owner", "payments")),
                new ScanResult.AccountInfo("aws", SANDBOX, "dev-sandbox", "ACTIVE", List.of("Root", "Sandbox"),
                        Map.of("owner", "platform")),
                new ScanResult.AccountInfo("gcp", GCP_PROJECT, "Analytics (prod)", "ACTIVE", List.of("analytics"),
                        Map.of()));
        List<ScanResult.GapInfo> gaps = List.of(
                new ScanResult.GapInfo("aws", PROD, "us-east-1", "s3", "GetBucketAcl", "AccessDenied",
                        "Access Denied", List.of()),
                new ScanResult.GapInfo("aws", SANDBOX, "eu-west-1", "ec2", "DescribeSecurityGroups",
                        "UnauthorizedOperation", "You are not authorized to perform this operation.",
                        List.of("aws.ec2.security_group")),
                new ScanResult.GapInfo("gcp", GCP_PROJECT, "global", "cloudkms", "ListKeyRings", "PERMISSION_DENIED",
                        "Permission 'cloudkms.keyRings.list' denied on resource",
                        List.of("gcp.kms.key_ring", "gcp.kms.crypto_key")));
        List<ScanResult.FixedFinding> fixed = List.of(new ScanResult.FixedFinding("s3_bucket_policy_not_public",
                "arn:aws:s3:::old-public-site", PROD,
                Fingerprints.primaryLocationLineHash("s3_bucket_policy_not_public", "arn:aws:s3:::old-public-site")));
        return new ScanResult(SCAN_ID, "0.1.0", "2026-11-22T07:52:13Z", "2026-11-22T07:53:40Z", accounts, gaps,
                checks(), frameworks(), b.findings, fixed);
    }

    /**
     * {@link #scanResult()} with a third AWS account, {@link #LEGACY}, that the collection could not enter
     * (FAILED): the snapshot is PARTIAL and the evaluator reports the account's account-level check UNKNOWN.
     */
    public static ScanResult incompleteScan() {
        ScanResult complete = scanResult();
        List<ScanResult.AccountInfo> accounts = new ArrayList<>(complete.accounts());
        accounts.add(2, new ScanResult.AccountInfo("aws", LEGACY, "legacy-billing", "FAILED", List.of("Root", "Legacy"),
                Map.of()));
        Builder b = new Builder();
        b.add("iam_root_mfa_enabled", Status.UNKNOWN, LEGACY, "global", "aws.iam.account",
                "arn:aws:iam::" + LEGACY + ":root", LEGACY, Map.of(),
                "UNKNOWN: account " + LEGACY + " was not collected (FAILED: sts:AssumeRole AccessDenied)", null,
                "{\"not_collected\":\"sts:AssumeRole AccessDenied for arn:aws:iam::" + LEGACY
                        + ":role/VigilScanner\"}");
        List<Finding> findings = new ArrayList<>(complete.findings());
        findings.addAll(b.findings);
        return new ScanResult(complete.scanId(), complete.toolVersion(), complete.startedAt(), complete.finishedAt(),
                accounts, complete.gaps(), complete.checks(), complete.frameworks(), findings, complete.fixed(),
                "PARTIAL");
    }

    /** {@link #scanResult()} read from a snapshot whose collection never finished, without any API gap. */
    public static ScanResult unfinishedScan() {
        ScanResult complete = scanResult();
        return new ScanResult(complete.scanId(), complete.toolVersion(), complete.startedAt(), complete.finishedAt(),
                complete.accounts(), List.of(), complete.checks(), complete.frameworks(), complete.findings(),
                complete.fixed(), "RUNNING");
    }

    static List<CheckMetadata> checks() {
        return List.of(
                check("iam_root_mfa_enabled", "iam", "Root account has MFA enabled",
                        "The root user can do anything in the account; it must be protected by MFA.", Severity.CRITICAL,
                        "aws.iam.account", "A stolen root password gives full, unrecoverable control of the account.",
                        new Remediation("Enable a hardware or virtual MFA device for the root user.",
                                "aws iam enable-mfa-device --user-name root --serial-number SERIAL --authentication-code1 C1 --authentication-code2 C2",
                                "", "https://docs.aws.amazon.com/IAM/latest/UserGuide/enable-virt-mfa-for-root.html"),
                        List.of("identity", "root")),
                check("iam_root_access_keys_absent", "iam", "Root account has no access keys",
                        "Access keys for the root user cannot be scoped down.", Severity.CRITICAL, "aws.iam.account",
                        "Leaked root keys give full programmatic control.",
                        new Remediation("Delete the root user's access keys.", "aws iam delete-access-key --access-key-id KEY",
                                "", "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user_manage_add-key.html"),
                        List.of("identity", "root")),
                check("iam_user_console_mfa_enabled", "iam", "IAM users with a console password have MFA",
                        "Every IAM user that can sign in to the console has an MFA device.", Severity.HIGH,
                        "aws.iam.user", "A phished password alone opens the console.",
                        new Remediation("Assign an MFA device to the user, or remove the console password.",
                                "aws iam delete-login-profile --user-name USER", "", ""),
                        List.of("identity")),
                check("s3_bucket_acl_not_public", "s3", "S3 bucket ACL does not grant public access",
                        "No grant in the bucket ACL names AllUsers or AuthenticatedUsers.", Severity.CRITICAL,
                        "aws.s3.bucket", "Anyone on the internet can read (or write) the bucket's objects.",
                        new Remediation("Remove the public grants and turn on Block Public Access.",
                                "aws s3api put-bucket-acl --bucket BUCKET --acl private",
                                "resource \"aws_s3_bucket_public_access_block\" \"this\" {\n  bucket                  = aws_s3_bucket.this.id\n  block_public_acls       = true\n  ignore_public_acls      = true\n  block_public_policy     = true\n  restrict_public_buckets = true\n}",
                                "https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html"),
                        List.of("internet-exposed", "data-protection")),
                check("s3_bucket_versioning_enabled", "s3", "S3 bucket versioning is enabled",
                        "Versioning keeps every version of every object.", Severity.LOW, "aws.s3.bucket",
                        "Overwritten or deleted objects cannot be recovered.",
                        new Remediation("Enable versioning on the bucket.",
                                "aws s3api put-bucket-versioning --bucket BUCKET --versioning-configuration Status=Enabled",
                                "resource \"aws_s3_bucket_versioning\" \"this\" {\n  bucket = aws_s3_bucket.this.id\n  versioning_configuration {\n    status = \"Enabled\"\n  }\n}",
                                "https://docs.aws.amazon.com/AmazonS3/latest/userguide/Versioning.html"),
                        List.of("resilience")),
                check("ec2_securitygroup_ssh_open", "ec2", "Security group does not allow SSH from the internet",
                        "No ingress rule allows 0.0.0.0/0 or ::/0 on port 22.", Severity.HIGH, "aws.ec2.security_group",
                        "SSH exposed to the internet invites brute force and exploits.",
                        new Remediation("Restrict the rule to known ranges or use Session Manager.",
                                "aws ec2 revoke-security-group-ingress --group-id SG --protocol tcp --port 22 --cidr 0.0.0.0/0",
                                "", ""),
                        List.of("internet-exposed", "network")),
                check("ec2_instance_imdsv2_required", "ec2", "EC2 instances require IMDSv2",
                        "Instance metadata requires session tokens.", Severity.HIGH, "aws.ec2.instance",
                        "IMDSv1 lets SSRF bugs steal instance credentials.",
                        new Remediation("Require tokens on the instance metadata service.",
                                "aws ec2 modify-instance-metadata-options --instance-id ID --http-tokens required", "", ""),
                        List.of("compute")),
                check("ec2_vpc_flow_logs_enabled", "ec2", "VPC flow logs are enabled",
                        "Every VPC has at least one flow log.", Severity.MEDIUM, "aws.ec2.vpc",
                        "Without flow logs, network incidents cannot be investigated.",
                        new Remediation("Create a flow log for the VPC.",
                                "aws ec2 create-flow-logs --resource-type VPC --resource-ids VPC --traffic-type ALL --log-destination-type s3 --log-destination arn:aws:s3:::BUCKET",
                                "", ""),
                        List.of("logging", "forensics")),
                check("kms_key_rotation_enabled", "kms", "KMS key rotation is enabled",
                        "Symmetric customer-managed keys rotate yearly.", Severity.MEDIUM, "aws.kms.key",
                        "Long-lived key material increases the impact of a compromise.",
                        new Remediation("Enable automatic rotation.", "aws kms enable-key-rotation --key-id KEY", "", ""),
                        List.of("encryption")),
                check("tags_resource_required_keys", "tags", "Resources carry the required tags",
                        "app, env, team and cost-center are set with allowed values.", Severity.LOW,
                        "aws.kms.key", "Untagged resources have no owner and no cost allocation.",
                        new Remediation("Add the missing tags.", "aws resourcegroupstaggingapi tag-resources --resource-arn-list ARN --tags env=prod",
                                "", ""),
                        List.of("tagging")),
                check("organizations_scp_deny_leave_org", "organizations", "An SCP denies leaving the organization",
                        "A covering SCP denies organizations:LeaveOrganization.", Severity.HIGH, "aws.account",
                        "An account that leaves the organization escapes every guardrail.",
                        new Remediation("Attach an SCP that denies organizations:LeaveOrganization.", "", "", ""),
                        List.of("governance")),
                check("costexplorer_account_owner_tag", "costexplorer", "Spending accounts have an owner",
                        "Accounts with spend carry the owner tag.", Severity.INFO, "aws.ce.account_cost",
                        "Nobody answers for the spend.", new Remediation("Tag the account with owner.", "", "", ""),
                        List.of("cost")),
                gcpCheck("compute_firewall_ssh_open", "compute", "Firewall rules do not allow SSH from the internet",
                        Severity.HIGH, "gcp.compute.firewall"),
                gcpCheck("storage_bucket_uniform_access", "storage", "Buckets use uniform bucket-level access",
                        Severity.MEDIUM, "gcp.storage.bucket"));
    }

    static List<Framework> frameworks() {
        return List.of(
                new Framework("cis-aws-5.0", "CIS Amazon Web Services Foundations Benchmark", "5.0", "aws", List.of(
                        new Framework.Requirement("1.4", "Ensure no 'root' user account access key exists",
                                List.of("iam_root_access_keys_absent"), false),
                        new Framework.Requirement("1.5", "Ensure MFA is enabled for the 'root' user account",
                                List.of("iam_root_mfa_enabled"), false),
                        new Framework.Requirement("1.10", "Ensure MFA is enabled for all IAM users that have a console password",
                                List.of("iam_user_console_mfa_enabled"), false),
                        new Framework.Requirement("1.1", "Maintain current contact details", List.of(), true),
                        new Framework.Requirement("3.9", "Ensure rotation for customer-created symmetric CMKs is enabled",
                                List.of("kms_key_rotation_enabled"), false),
                        new Framework.Requirement("3.7", "Ensure VPC flow logging is enabled in all VPCs",
                                List.of("ec2_vpc_flow_logs_enabled"), false),
                        new Framework.Requirement("5.2", "Ensure no security groups allow ingress from 0.0.0.0/0 to remote server administration ports",
                                List.of("ec2_securitygroup_ssh_open"), false),
                        new Framework.Requirement("5.6", "Ensure that EC2 Metadata Service only allows IMDSv2",
                                List.of("ec2_instance_imdsv2_required"), false),
                        new Framework.Requirement("2.1.4", "Ensure that S3 is configured with 'Block Public Access'",
                                List.of("s3_bucket_public_access_block"), false))),
                new Framework("soc2-2017", "SOC 2 (Trust Services Criteria, 2017)", "2017", "multi", List.of(
                        new Framework.Requirement("CC6.1", "Logical access security, \"least privilege\", and MFA",
                                List.of("iam_root_mfa_enabled", "iam_user_console_mfa_enabled", "s3_bucket_acl_not_public"),
                                false),
                        new Framework.Requirement("CC6.6", "Boundary protection against threats from outside",
                                List.of("ec2_securitygroup_ssh_open", "compute_firewall_ssh_open"), false),
                        new Framework.Requirement("A1.2", "Backup and recovery, including versioning",
                                List.of("s3_bucket_versioning_enabled"), false),
                        new Framework.Requirement("CC7.2", "Monitoring of system components",
                                List.of("ec2_vpc_flow_logs_enabled"), false),
                        new Framework.Requirement("CC1.4", "Commitment to competence", List.of(), true))));
    }

    private static CheckMetadata check(String id, String service, String title, String description, Severity severity,
                                       String type, String risk, Remediation remediation, List<String> categories) {
        return new CheckMetadata(id, "aws", service, title, description, severity, List.of(type), risk, remediation,
                categories, "vigil/aws/" + service + "/" + id + "/deny", "aws/" + service + "/" + id + "/policy.rego");
    }

    private static CheckMetadata gcpCheck(String id, String service, String title, Severity severity, String type) {
        return new CheckMetadata(id, "gcp", service, title, title + ".", severity, List.of(type),
                "Misconfiguration exposes the project.", new Remediation("Fix the configuration.", "", "", ""),
                List.of("gcp"), "vigil/gcp/" + service + "/" + id + "/deny", "gcp/" + service + "/" + id + "/policy.rego");
    }

    /** Accumulates findings with metadata looked up from {@link #checks()}. */
    static final class Builder {
        private final List<Finding> findings = new ArrayList<>();
        private final Map<String, CheckMetadata> checks = new java.util.HashMap<>();
        private final Map<String, String> accountNames = Map.of(PROD, "prod-payments", SANDBOX, "dev-sandbox",
                GCP_PROJECT, "Analytics (prod)", LEGACY, "legacy-billing");
        private final Map<String, Map<String, List<String>>> mappings = new java.util.HashMap<>();

        Builder() {
            checks().forEach(c -> checks.put(c.id(), c));
            for (Framework f : frameworks()) {
                for (Framework.Requirement r : f.requirements()) {
                    for (String c : r.checks()) {
                        mappings.computeIfAbsent(c, k -> new java.util.TreeMap<>())
                                .computeIfAbsent(f.id(), k -> new ArrayList<>()).add(r.id());
                    }
                }
            }
        }

        void add(String checkId, Status status, String account, String region, String type, String uid, String name,
                 Map<String, String> tags, String message, String muteReason, String evidence) {
            if (account == null) {
                return;
            }
            CheckMetadata c = checks.get(checkId);
            findings.add(new Finding(checkId, c.title(), status, message, c.severity(), c.provider(), account,
                    accountNames.get(account), region, c.service(), type, uid, name, tags, json(evidence),
                    Fingerprints.primaryLocationLineHash(checkId, uid).substring(0, 32),
                    mappings.getOrDefault(checkId, Map.of()), muteReason,
                    status == Status.FAIL && checkId.startsWith("s3") ? "NEW" : status == Status.PASS ? null : "UNCHANGED",
                    "2026-11-22T07:53:40Z"));
        }
    }

    /**
     * {@code n} findings spread over {@code accounts} AWS accounts and every check and severity, about
     * half FAIL; for splitting and throughput tests.
     */
    public static ScanResult synthetic(int n, int accounts) {
        List<CheckMetadata> awsChecks = checks().stream().filter(c -> c.provider().equals("aws")).toList();
        List<Finding> findings = new ArrayList<>(n);
        List<ScanResult.AccountInfo> infos = new ArrayList<>();
        for (int a = 0; a < accounts; a++) {
            infos.add(new ScanResult.AccountInfo("aws", account(a), "account-" + a, "ACTIVE", List.of("Root"), Map.of()));
        }
        Status[] statuses = {Status.FAIL, Status.PASS, Status.FAIL, Status.PASS, Status.MUTED, Status.FAIL, Status.PASS};
        for (int i = 0; i < n; i++) {
            CheckMetadata c = awsChecks.get(i % awsChecks.size());
            String account = account(i % accounts);
            String uid = "arn:aws:ec2:us-east-1:" + account + ":security-group/sg-" + String.format("%08x", i / awsChecks.size());
            Status status = statuses[i % statuses.length];
            findings.add(new Finding(c.id(), c.title(), status, "Synthetic finding " + i + " of " + c.id() + ".",
                    c.severity(), "aws", account, "account-" + (i % accounts), "us-east-1", c.service(),
                    "aws.ec2.security_group", uid, "sg-" + i, Map.of("env", "prod"), null,
                    Fingerprints.primaryLocationLineHash(c.id(), uid).substring(0, 32), Map.of(),
                    status == Status.MUTED ? "accepted risk" : null, null, "2026-11-22T07:53:40Z"));
        }
        return new ScanResult("synthetic-" + n, "0.1.0", "2026-11-22T07:52:13Z", "2026-11-22T07:53:40Z", infos,
                List.of(), checks(), frameworks(), findings, List.of());
    }

    private static String account(int index) {
        return String.format("%012d", 100000000000L + index);
    }

    private static JsonNode json(String text) {
        try {
            return text == null ? null : MAPPER.readTree(text);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
