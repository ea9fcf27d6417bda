package dev.vigil.collect;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class PermissionsTest {
    @Test
    void theScannerPolicyIsReadOnlyAndCoversEveryCollector() throws Exception {
        JsonNode policy = new ObjectMapper().readTree(Permissions.scannerPolicy());
        List<String> actions = new ArrayList<>();
        policy.at("/Statement/0/Action").forEach(a -> actions.add(a.asText()));
        assertThat(actions).contains("iam:GetAccountAuthorizationDetails", "iam:GenerateCredentialReport",
                "s3:GetEncryptionConfiguration", "s3:GetAccountPublicAccessBlock", "s3:ListAllMyBuckets",
                "ec2:DescribeSecurityGroups", "ec2:DescribeRegions", "kms:GetKeyPolicy", "cloudtrail:GetTrailStatus",
                "tag:GetResources", "ce:GetCostAndUsage");
        assertThat(actions).allMatch(a -> a.matches("[a-z0-9-]+:(Get|List|Describe|BatchGet|GenerateCredentialReport)[A-Za-z]*")
                || a.equals("apigateway:GET"));
        assertThat(policy.at("/Statement/0/Resource").asText()).isEqualTo("*");
        assertThat(actions).as("secret metadata and policies, never secret values")
                .contains("secretsmanager:ListSecrets", "secretsmanager:GetResourcePolicy")
                .doesNotContain("secretsmanager:GetSecretValue", "secretsmanager:BatchGetSecretValue");
    }

    @Test
    void theDiscoveryPolicyAllowsAssumeRoleAndOrganizationsReads() throws Exception {
        JsonNode policy = new ObjectMapper().readTree(Permissions.discoveryPolicy());
        assertThat(policy.at("/Statement/0/Action").toString()).contains("sts:AssumeRole",
                "organizations:ListAccountsForParent", "organizations:DescribePolicy");
    }

    @Test
    void theManagementPolicyIsDiscoveryPlusEveryScannerActionAndNothingThatWrites() throws Exception {
        JsonNode policy = new ObjectMapper().readTree(Permissions.managementPolicy());
        assertThat(policy.at("/Statement/0/Sid").asText()).isEqualTo("VigilDiscovery");
        assertThat(policy.at("/Statement/1/Sid").asText()).isEqualTo("VigilScannerReadOnly");
        Set<String> actions = new TreeSet<>();
        policy.get("Statement").forEach(s -> s.get("Action").forEach(a -> actions.add(a.asText())));
        Set<String> expected = new TreeSet<>();
        Permissions.scannerOperations().forEach(o -> expected.add(o.iamAction()));
        Permissions.discoveryOperations().forEach(o -> expected.add(o.iamAction()));
        assertThat(actions).isEqualTo(expected).contains("sts:GetCallerIdentity", "organizations:DescribeOrganization",
                "organizations:ListPolicies", "organizations:DescribePolicy", "organizations:ListTargetsForPolicy",
                "organizations:ListTagsForResource", "organizations:ListOrganizationalUnitsForParent",
                "organizations:ListAccountsForParent", "ce:GetCostAndUsage", "cloudtrail:DescribeTrails");
        assertThat(actions).allMatch(a -> a.equals("sts:AssumeRole") || a.equals("apigateway:GET")
                || a.matches("[a-z0-9-]+:(Get|List|Describe|BatchGet|GenerateCredentialReport)[A-Za-z]*"));
        int listed = policy.at("/Statement/0/Action").size() + policy.at("/Statement/1/Action").size();
        assertThat(listed).as("no action twice").isEqualTo(actions.size());
    }
}
