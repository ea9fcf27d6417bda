package dev.vigil.fakecloud.org;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An independent reading of docs/checks-aws.md "CIS monitoring filters" for the model checker: the terms of a
 * pattern (whitespace, quotes, parentheses and braces removed) must include every required term, may include the
 * optional ones, nothing else, each once; an OR requirement joins its required terms with {@code ||} and
 * everything else with {@code &&}, an AND requirement joins all with {@code &&}.
 */
final class MonitoringModel {
    record Requirement(boolean or, Set<String> required, Set<String> optional) {
    }

    static final Map<String, Requirement> REQUIREMENTS = Map.ofEntries(
            Map.entry("cloudwatch_log_metric_filter_unauthorized_api_calls", new Requirement(true,
                    Set.of("$.errorCode=*UnauthorizedOperation", "$.errorCode=AccessDenied*"),
                    Set.of("$.sourceIPAddress!=delivery.logs.amazonaws.com", "$.eventName!=HeadBucket"))),
            Map.entry("cloudwatch_log_metric_filter_sign_in_without_mfa", new Requirement(false,
                    Set.of("$.eventName=ConsoleLogin", "$.additionalEventData.MFAUsed!=Yes"),
                    Set.of("$.userIdentity.type=IAMUser", "$.responseElements.ConsoleLogin=Success"))),
            Map.entry("cloudwatch_log_metric_filter_root_usage", new Requirement(false,
                    Set.of("$.userIdentity.type=Root"),
                    Set.of("$.userIdentity.invokedByNOTEXISTS", "$.eventType!=AwsServiceEvent"))),
            Map.entry("cloudwatch_log_metric_filter_iam_policy_changes", new Requirement(true,
                    Set.of("$.eventName=DeleteGroupPolicy", "$.eventName=DeleteRolePolicy", "$.eventName=DeleteUserPolicy", "$.eventName=PutGroupPolicy", "$.eventName=PutRolePolicy", "$.eventName=PutUserPolicy", "$.eventName=CreatePolicy", "$.eventName=DeletePolicy", "$.eventName=CreatePolicyVersion", "$.eventName=DeletePolicyVersion", "$.eventName=AttachRolePolicy", "$.eventName=DetachRolePolicy", "$.eventName=AttachUserPolicy", "$.eventName=DetachUserPolicy", "$.eventName=AttachGroupPolicy", "$.eventName=DetachGroupPolicy"),
                    Set.of("$.eventSource=iam.amazonaws.com"))),
            Map.entry("cloudwatch_log_metric_filter_cloudtrail_changes", new Requirement(true,
                    Set.of("$.eventName=CreateTrail", "$.eventName=UpdateTrail", "$.eventName=DeleteTrail", "$.eventName=StartLogging", "$.eventName=StopLogging"),
                    Set.of("$.eventSource=cloudtrail.amazonaws.com"))),
            Map.entry("cloudwatch_log_metric_filter_console_auth_failures", new Requirement(false,
                    Set.of("$.eventName=ConsoleLogin", "$.errorMessage=Failedauthentication"),
                    Set.of())),
            Map.entry("cloudwatch_log_metric_filter_kms_cmk_disable_or_deletion", new Requirement(true,
                    Set.of("$.eventName=DisableKey", "$.eventName=ScheduleKeyDeletion"),
                    Set.of("$.eventSource=kms.amazonaws.com"))),
            Map.entry("cloudwatch_log_metric_filter_s3_bucket_policy_changes", new Requirement(true,
                    Set.of("$.eventName=PutBucketAcl", "$.eventName=PutBucketPolicy", "$.eventName=PutBucketCors", "$.eventName=PutBucketLifecycle", "$.eventName=PutBucketReplication", "$.eventName=DeleteBucketPolicy", "$.eventName=DeleteBucketCors", "$.eventName=DeleteBucketLifecycle", "$.eventName=DeleteBucketReplication"),
                    Set.of("$.eventSource=s3.amazonaws.com"))),
            Map.entry("cloudwatch_log_metric_filter_config_changes", new Requirement(true,
                    Set.of("$.eventName=StopConfigurationRecorder", "$.eventName=DeleteDeliveryChannel", "$.eventName=PutDeliveryChannel", "$.eventName=PutConfigurationRecorder"),
                    Set.of("$.eventSource=config.amazonaws.com"))),
            Map.entry("cloudwatch_log_metric_filter_security_group_changes", new Requirement(true,
                    Set.of("$.eventName=AuthorizeSecurityGroupIngress", "$.eventName=AuthorizeSecurityGroupEgress", "$.eventName=RevokeSecurityGroupIngress", "$.eventName=RevokeSecurityGroupEgress", "$.eventName=CreateSecurityGroup", "$.eventName=DeleteSecurityGroup"),
                    Set.of("$.eventSource=ec2.amazonaws.com"))),
            Map.entry("cloudwatch_log_metric_filter_nacl_changes", new Requirement(true,
                    Set.of("$.eventName=CreateNetworkAcl", "$.eventName=CreateNetworkAclEntry", "$.eventName=DeleteNetworkAcl", "$.eventName=DeleteNetworkAclEntry", "$.eventName=ReplaceNetworkAclEntry", "$.eventName=ReplaceNetworkAclAssociation"),
                    Set.of("$.eventSource=ec2.amazonaws.com"))),
            Map.entry("cloudwatch_log_metric_filter_network_gateway_changes", new Requirement(true,
                    Set.of("$.eventName=CreateCustomerGateway", "$.eventName=DeleteCustomerGateway", "$.eventName=AttachInternetGateway", "$.eventName=CreateInternetGateway", "$.eventName=DeleteInternetGateway", "$.eventName=DetachInternetGateway"),
                    Set.of("$.eventSource=ec2.amazonaws.com"))),
            Map.entry("cloudwatch_log_metric_filter_route_table_changes", new Requirement(true,
                    Set.of("$.eventName=CreateRoute", "$.eventName=CreateRouteTable", "$.eventName=ReplaceRoute", "$.eventName=ReplaceRouteTableAssociation", "$.eventName=DeleteRouteTable", "$.eventName=DeleteRoute", "$.eventName=DisassociateRouteTable"),
                    Set.of("$.eventSource=ec2.amazonaws.com"))),
            Map.entry("cloudwatch_log_metric_filter_vpc_changes", new Requirement(true,
                    Set.of("$.eventName=CreateVpc", "$.eventName=DeleteVpc", "$.eventName=ModifyVpcAttribute", "$.eventName=AcceptVpcPeeringConnection", "$.eventName=CreateVpcPeeringConnection", "$.eventName=DeleteVpcPeeringConnection", "$.eventName=RejectVpcPeeringConnection", "$.eventName=AttachClassicLinkVpc", "$.eventName=DetachClassicLinkVpc", "$.eventName=DisableVpcClassicLink", "$.eventName=EnableVpcClassicLink"),
                    Set.of("$.eventSource=ec2.amazonaws.com"))),
            Map.entry("cloudwatch_log_metric_filter_organizations_changes", new Requirement(true,
                    Set.of("$.eventName=AcceptHandshake", "$.eventName=AttachPolicy", "$.eventName=CreateAccount", "$.eventName=CreateOrganizationalUnit", "$.eventName=CreatePolicy", "$.eventName=DeclineHandshake", "$.eventName=DeleteOrganization", "$.eventName=DeleteOrganizationalUnit", "$.eventName=DeletePolicy", "$.eventName=DetachPolicy", "$.eventName=DisablePolicyType", "$.eventName=EnablePolicyType", "$.eventName=InviteAccountToOrganization", "$.eventName=LeaveOrganization", "$.eventName=MoveAccount", "$.eventName=RemoveAccountFromOrganization", "$.eventName=UpdatePolicy", "$.eventName=UpdateOrganizationalUnit"),
                    Set.of("$.eventSource=organizations.amazonaws.com"))));

    private MonitoringModel() {
    }

    static boolean accepted(String checkId, String pattern) {
        Requirement r = REQUIREMENTS.get(checkId);
        String s = pattern.replaceAll("\\s+", "").replace("\"", "");
        List<String> terms = new ArrayList<>();
        for (String piece : s.split("&&|\\|\\|")) {
            terms.add(piece.replaceAll("[(){}]", ""));
        }
        Set<String> set = new HashSet<>(terms);
        if (set.size() != terms.size() || !set.containsAll(r.required())) {
            return false;
        }
        Set<String> extra = new HashSet<>(set);
        extra.removeAll(r.required());
        if (!r.optional().containsAll(extra)) {
            return false;
        }
        int ors = s.split("\\|\\|", -1).length - 1;
        int ands = s.split("&&", -1).length - 1;
        return r.or() ? ors == r.required().size() - 1 && ands == extra.size() : ors == 0 && ands == terms.size() - 1;
    }
}
