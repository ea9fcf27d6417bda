package dev.vigil.fakecloud.org;

/**
 * The CIS AWS 7.0.0 monitoring requirements 5.1-5.15 as the generator writes them: CIS's own filter pattern, an
 * equivalent one (terms reordered, quotes and spaces changed, optional narrowing terms left out) and a broken one
 * (an event missing, or a narrowing term CIS does not have).
 */
enum MonitoringCatalog {
    UNAUTHORIZED_API_CALLS(Plant.MONITOR_UNAUTHORIZED_API_CALLS, "UnauthorizedAPICalls",
            "{ ($.errorCode = \"*UnauthorizedOperation\") || ($.errorCode = \"AccessDenied*\") && ($.sourceIPAddress != \"delivery.logs.amazonaws.com\") && ($.eventName != \"HeadBucket\") }",
            "{ (($.errorCode = \"AccessDenied*\") || ($.errorCode = \"*UnauthorizedOperation\")) }",
            "{ ($.errorCode = \"*UnauthorizedOperation\") }"),
    SIGN_IN_WITHOUT_MFA(Plant.MONITOR_SIGN_IN_WITHOUT_MFA, "ConsoleSigninWithoutMFA",
            "{ ($.eventName = \"ConsoleLogin\") && ($.additionalEventData.MFAUsed != \"Yes\") && ($.userIdentity.type = \"IAMUser\") && ($.responseElements.ConsoleLogin = \"Success\") }",
            "{($.additionalEventData.MFAUsed != \"Yes\") && ($.eventName = \"ConsoleLogin\")}",
            "{ ($.eventName = \"ConsoleLogin\") }"),
    ROOT_USAGE(Plant.MONITOR_ROOT_USAGE, "RootAccountUsage",
            "{ $.userIdentity.type = \"Root\" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != \"AwsServiceEvent\" }",
            "{ ($.eventType != \"AwsServiceEvent\") && ($.userIdentity.type = \"Root\") && ($.userIdentity.invokedBy NOT EXISTS) }",
            "{ $.userIdentity.type = \"Root\" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != \"AwsServiceEvent\" && $.sourceIPAddress != \"203.0.113.10\" }"),
    IAM_POLICY_CHANGES(Plant.MONITOR_IAM_POLICY_CHANGES, "IAMPolicyChanges",
            "{ ($.eventSource = iam.amazonaws.com) && (($.eventName = DeleteGroupPolicy) || ($.eventName = DeleteRolePolicy) || ($.eventName = DeleteUserPolicy) || ($.eventName = PutGroupPolicy) || ($.eventName = PutRolePolicy) || ($.eventName = PutUserPolicy) || ($.eventName = CreatePolicy) || ($.eventName = DeletePolicy) || ($.eventName = CreatePolicyVersion) || ($.eventName = DeletePolicyVersion) || ($.eventName = AttachRolePolicy) || ($.eventName = DetachRolePolicy) || ($.eventName = AttachUserPolicy) || ($.eventName = DetachUserPolicy) || ($.eventName = AttachGroupPolicy) || ($.eventName = DetachGroupPolicy)) }",
            "{($.eventName=\"DetachGroupPolicy\")||($.eventName=\"AttachGroupPolicy\")||($.eventName=\"DetachUserPolicy\")||($.eventName=\"AttachUserPolicy\")||($.eventName=\"DetachRolePolicy\")||($.eventName=\"AttachRolePolicy\")||($.eventName=\"DeletePolicyVersion\")||($.eventName=\"CreatePolicyVersion\")||($.eventName=\"DeletePolicy\")||($.eventName=\"CreatePolicy\")||($.eventName=\"PutUserPolicy\")||($.eventName=\"PutRolePolicy\")||($.eventName=\"PutGroupPolicy\")||($.eventName=\"DeleteUserPolicy\")||($.eventName=\"DeleteRolePolicy\")||($.eventName=\"DeleteGroupPolicy\")}",
            "{ ($.eventSource = iam.amazonaws.com) && (($.eventName = DeleteGroupPolicy) || ($.eventName = DeleteRolePolicy) || ($.eventName = DeleteUserPolicy) || ($.eventName = PutGroupPolicy) || ($.eventName = PutRolePolicy) || ($.eventName = PutUserPolicy) || ($.eventName = CreatePolicy) || ($.eventName = DeletePolicy) || ($.eventName = CreatePolicyVersion) || ($.eventName = DeletePolicyVersion) || ($.eventName = AttachRolePolicy) || ($.eventName = DetachRolePolicy) || ($.eventName = AttachUserPolicy) || ($.eventName = DetachUserPolicy) || ($.eventName = AttachGroupPolicy)) }"),
    CLOUDTRAIL_CHANGES(Plant.MONITOR_CLOUDTRAIL_CHANGES, "CloudTrailChanges",
            "{ ($.eventName = CreateTrail) || ($.eventName = UpdateTrail) || ($.eventName = DeleteTrail) || ($.eventName = StartLogging) || ($.eventName = StopLogging) }",
            "{(($.eventName=\"StopLogging\")||($.eventName=\"StartLogging\")||($.eventName=\"DeleteTrail\")||($.eventName=\"UpdateTrail\")||($.eventName=\"CreateTrail\"))&&($.eventSource=\"cloudtrail.amazonaws.com\")}",
            "{ ($.eventName = CreateTrail) || ($.eventName = UpdateTrail) || ($.eventName = DeleteTrail) || ($.eventName = StartLogging) }"),
    CONSOLE_AUTH_FAILURES(Plant.MONITOR_CONSOLE_AUTH_FAILURES, "ConsoleSigninFailures",
            "{ ($.eventName = ConsoleLogin) && ($.errorMessage = \"Failed authentication\") }",
            "{($.errorMessage=\"Failed authentication\")&&($.eventName=\"ConsoleLogin\")}",
            "{ ($.eventName = ConsoleLogin) }"),
    KMS_CMK_DISABLE_OR_DELETION(Plant.MONITOR_KMS_CMK_DISABLE_OR_DELETION, "DisableOrDeleteCMK",
            "{ ($.eventSource = kms.amazonaws.com) && (($.eventName = DisableKey) || ($.eventName = ScheduleKeyDeletion)) }",
            "{($.eventName=\"ScheduleKeyDeletion\")||($.eventName=\"DisableKey\")}",
            "{ ($.eventSource = kms.amazonaws.com) && (($.eventName = DisableKey)) }"),
    S3_BUCKET_POLICY_CHANGES(Plant.MONITOR_S3_BUCKET_POLICY_CHANGES, "S3BucketPolicyChanges",
            "{ ($.eventSource = s3.amazonaws.com) && (($.eventName = PutBucketAcl) || ($.eventName = PutBucketPolicy) || ($.eventName = PutBucketCors) || ($.eventName = PutBucketLifecycle) || ($.eventName = PutBucketReplication) || ($.eventName = DeleteBucketPolicy) || ($.eventName = DeleteBucketCors) || ($.eventName = DeleteBucketLifecycle) || ($.eventName = DeleteBucketReplication)) }",
            "{(($.eventName=\"DeleteBucketReplication\")||($.eventName=\"DeleteBucketLifecycle\")||($.eventName=\"DeleteBucketCors\")||($.eventName=\"DeleteBucketPolicy\")||($.eventName=\"PutBucketReplication\")||($.eventName=\"PutBucketLifecycle\")||($.eventName=\"PutBucketCors\")||($.eventName=\"PutBucketPolicy\")||($.eventName=\"PutBucketAcl\"))&&($.eventSource=\"s3.amazonaws.com\")}",
            "{ ($.eventSource = s3.amazonaws.com) && (($.eventName = PutBucketAcl) || ($.eventName = PutBucketPolicy) || ($.eventName = PutBucketCors) || ($.eventName = PutBucketLifecycle) || ($.eventName = PutBucketReplication) || ($.eventName = DeleteBucketPolicy) || ($.eventName = DeleteBucketCors) || ($.eventName = DeleteBucketLifecycle)) }"),
    CONFIG_CHANGES(Plant.MONITOR_CONFIG_CHANGES, "AWSConfigChanges",
            "{ ($.eventSource = config.amazonaws.com) && (($.eventName = StopConfigurationRecorder) || ($.eventName = DeleteDeliveryChannel) || ($.eventName = PutDeliveryChannel) || ($.eventName = PutConfigurationRecorder)) }",
            "{($.eventName=\"PutConfigurationRecorder\")||($.eventName=\"PutDeliveryChannel\")||($.eventName=\"DeleteDeliveryChannel\")||($.eventName=\"StopConfigurationRecorder\")}",
            "{ ($.eventSource = config.amazonaws.com) && (($.eventName = StopConfigurationRecorder) || ($.eventName = DeleteDeliveryChannel) || ($.eventName = PutDeliveryChannel)) }"),
    SECURITY_GROUP_CHANGES(Plant.MONITOR_SECURITY_GROUP_CHANGES, "SecurityGroupChanges",
            "{ ($.eventName = AuthorizeSecurityGroupIngress) || ($.eventName = AuthorizeSecurityGroupEgress) || ($.eventName = RevokeSecurityGroupIngress) || ($.eventName = RevokeSecurityGroupEgress) || ($.eventName = CreateSecurityGroup) || ($.eventName = DeleteSecurityGroup) }",
            "{(($.eventName=\"DeleteSecurityGroup\")||($.eventName=\"CreateSecurityGroup\")||($.eventName=\"RevokeSecurityGroupEgress\")||($.eventName=\"RevokeSecurityGroupIngress\")||($.eventName=\"AuthorizeSecurityGroupEgress\")||($.eventName=\"AuthorizeSecurityGroupIngress\"))&&($.eventSource=\"ec2.amazonaws.com\")}",
            "{ ($.eventName = AuthorizeSecurityGroupIngress) || ($.eventName = AuthorizeSecurityGroupEgress) || ($.eventName = RevokeSecurityGroupIngress) || ($.eventName = RevokeSecurityGroupEgress) || ($.eventName = CreateSecurityGroup) }"),
    NACL_CHANGES(Plant.MONITOR_NACL_CHANGES, "NACLChanges",
            "{ ($.eventName = CreateNetworkAcl) || ($.eventName = CreateNetworkAclEntry) || ($.eventName = DeleteNetworkAcl) || ($.eventName = DeleteNetworkAclEntry) || ($.eventName = ReplaceNetworkAclEntry) || ($.eventName = ReplaceNetworkAclAssociation) }",
            "{($.eventName=\"ReplaceNetworkAclAssociation\")||($.eventName=\"ReplaceNetworkAclEntry\")||($.eventName=\"DeleteNetworkAclEntry\")||($.eventName=\"DeleteNetworkAcl\")||($.eventName=\"CreateNetworkAclEntry\")||($.eventName=\"CreateNetworkAcl\")}",
            "{ ($.eventName = CreateNetworkAcl) || ($.eventName = CreateNetworkAclEntry) || ($.eventName = DeleteNetworkAcl) || ($.eventName = DeleteNetworkAclEntry) || ($.eventName = ReplaceNetworkAclEntry) }"),
    NETWORK_GATEWAY_CHANGES(Plant.MONITOR_NETWORK_GATEWAY_CHANGES, "NetworkGatewayChanges",
            "{ ($.eventName = CreateCustomerGateway) || ($.eventName = DeleteCustomerGateway) || ($.eventName = AttachInternetGateway) || ($.eventName = CreateInternetGateway) || ($.eventName = DeleteInternetGateway) || ($.eventName = DetachInternetGateway) }",
            "{($.eventName=\"DetachInternetGateway\")||($.eventName=\"DeleteInternetGateway\")||($.eventName=\"CreateInternetGateway\")||($.eventName=\"AttachInternetGateway\")||($.eventName=\"DeleteCustomerGateway\")||($.eventName=\"CreateCustomerGateway\")}",
            "{ ($.eventName = CreateCustomerGateway) || ($.eventName = DeleteCustomerGateway) || ($.eventName = AttachInternetGateway) || ($.eventName = CreateInternetGateway) || ($.eventName = DeleteInternetGateway) }"),
    ROUTE_TABLE_CHANGES(Plant.MONITOR_ROUTE_TABLE_CHANGES, "RouteTableChanges",
            "{($.eventSource = ec2.amazonaws.com) && ($.eventName = CreateRoute) || ($.eventName = CreateRouteTable) || ($.eventName = ReplaceRoute) || ($.eventName = ReplaceRouteTableAssociation) || ($.eventName = DeleteRouteTable) || ($.eventName = DeleteRoute) || ($.eventName = DisassociateRouteTable) }",
            "{(($.eventName=\"DisassociateRouteTable\")||($.eventName=\"DeleteRoute\")||($.eventName=\"DeleteRouteTable\")||($.eventName=\"ReplaceRouteTableAssociation\")||($.eventName=\"ReplaceRoute\")||($.eventName=\"CreateRouteTable\")||($.eventName=\"CreateRoute\"))&&($.eventSource=\"ec2.amazonaws.com\")}",
            "{ ($.eventName = CreateRoute) || ($.eventName = CreateRouteTable) || ($.eventName = ReplaceRoute) || ($.eventName = ReplaceRouteTableAssociation) || ($.eventName = DeleteRouteTable) || ($.eventName = DeleteRoute) }"),
    VPC_CHANGES(Plant.MONITOR_VPC_CHANGES, "VPCChanges",
            "{ ($.eventName = CreateVpc) || ($.eventName = DeleteVpc) || ($.eventName = ModifyVpcAttribute) || ($.eventName = AcceptVpcPeeringConnection) || ($.eventName = CreateVpcPeeringConnection) || ($.eventName = DeleteVpcPeeringConnection) || ($.eventName = RejectVpcPeeringConnection) || ($.eventName = AttachClassicLinkVpc) || ($.eventName = DetachClassicLinkVpc) || ($.eventName = DisableVpcClassicLink) || ($.eventName = EnableVpcClassicLink) }",
            "{($.eventName=\"EnableVpcClassicLink\")||($.eventName=\"DisableVpcClassicLink\")||($.eventName=\"DetachClassicLinkVpc\")||($.eventName=\"AttachClassicLinkVpc\")||($.eventName=\"RejectVpcPeeringConnection\")||($.eventName=\"DeleteVpcPeeringConnection\")||($.eventName=\"CreateVpcPeeringConnection\")||($.eventName=\"AcceptVpcPeeringConnection\")||($.eventName=\"ModifyVpcAttribute\")||($.eventName=\"DeleteVpc\")||($.eventName=\"CreateVpc\")}",
            "{ ($.eventName = CreateVpc) || ($.eventName = DeleteVpc) || ($.eventName = ModifyVpcAttribute) || ($.eventName = AcceptVpcPeeringConnection) || ($.eventName = CreateVpcPeeringConnection) || ($.eventName = DeleteVpcPeeringConnection) || ($.eventName = RejectVpcPeeringConnection) || ($.eventName = AttachClassicLinkVpc) || ($.eventName = DetachClassicLinkVpc) || ($.eventName = DisableVpcClassicLink) }"),
    ORGANIZATIONS_CHANGES(Plant.MONITOR_ORGANIZATIONS_CHANGES, "OrganizationsChanges",
            "{ ($.eventSource = organizations.amazonaws.com) && (($.eventName = \"AcceptHandshake\") || ($.eventName = \"AttachPolicy\") || ($.eventName = \"CreateAccount\") || ($.eventName = \"CreateOrganizationalUnit\") || ($.eventName = \"CreatePolicy\") || ($.eventName = \"DeclineHandshake\") || ($.eventName = \"DeleteOrganization\") || ($.eventName = \"DeleteOrganizationalUnit\") || ($.eventName = \"DeletePolicy\") || ($.eventName = \"DetachPolicy\") || ($.eventName = \"DisablePolicyType\") || ($.eventName = \"EnablePolicyType\") || ($.eventName = \"InviteAccountToOrganization\") || ($.eventName = \"LeaveOrganization\") || ($.eventName = \"MoveAccount\") || ($.eventName = \"RemoveAccountFromOrganization\") || ($.eventName = \"UpdatePolicy\") || ($.eventName = \"UpdateOrganizationalUnit\")) }",
            "{($.eventName=\"UpdateOrganizationalUnit\")||($.eventName=\"UpdatePolicy\")||($.eventName=\"RemoveAccountFromOrganization\")||($.eventName=\"MoveAccount\")||($.eventName=\"LeaveOrganization\")||($.eventName=\"InviteAccountToOrganization\")||($.eventName=\"EnablePolicyType\")||($.eventName=\"DisablePolicyType\")||($.eventName=\"DetachPolicy\")||($.eventName=\"DeletePolicy\")||($.eventName=\"DeleteOrganizationalUnit\")||($.eventName=\"DeleteOrganization\")||($.eventName=\"DeclineHandshake\")||($.eventName=\"CreatePolicy\")||($.eventName=\"CreateOrganizationalUnit\")||($.eventName=\"CreateAccount\")||($.eventName=\"AttachPolicy\")||($.eventName=\"AcceptHandshake\")}",
            "{ ($.eventSource = organizations.amazonaws.com) && (($.eventName = \"AcceptHandshake\") || ($.eventName = \"AttachPolicy\") || ($.eventName = \"CreateAccount\") || ($.eventName = \"CreateOrganizationalUnit\") || ($.eventName = \"CreatePolicy\") || ($.eventName = \"DeclineHandshake\") || ($.eventName = \"DeleteOrganization\") || ($.eventName = \"DeleteOrganizationalUnit\") || ($.eventName = \"DeletePolicy\") || ($.eventName = \"DetachPolicy\") || ($.eventName = \"DisablePolicyType\") || ($.eventName = \"EnablePolicyType\") || ($.eventName = \"InviteAccountToOrganization\") || ($.eventName = \"LeaveOrganization\") || ($.eventName = \"MoveAccount\") || ($.eventName = \"RemoveAccountFromOrganization\") || ($.eventName = \"UpdatePolicy\")) }");

    final Plant plant;
    final String metric;
    final String cisPattern;
    final String equivalentPattern;
    final String brokenPattern;

    MonitoringCatalog(Plant plant, String metric, String cisPattern, String equivalentPattern, String brokenPattern) {
        this.plant = plant;
        this.metric = metric;
        this.cisPattern = cisPattern;
        this.equivalentPattern = equivalentPattern;
        this.brokenPattern = brokenPattern;
    }
}
