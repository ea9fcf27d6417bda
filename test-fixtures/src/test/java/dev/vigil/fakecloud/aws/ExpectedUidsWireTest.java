package dev.vigil.fakecloud.aws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.fakecloud.StaticCredentials;
import dev.vigil.fakecloud.org.OrgAccount;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.autoscaling.AutoScalingClient;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.efs.EfsClient;
import software.amazon.awssdk.services.elasticache.ElastiCacheClient;
import software.amazon.awssdk.services.ecr.EcrClient;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.eks.EksClient;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.EntityType;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.KeyManagerType;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.opensearch.OpenSearchClient;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.rds.RdsClient;
import software.amazon.awssdk.services.redshift.RedshiftClient;
import software.amazon.awssdk.services.resourcegroupstaggingapi.ResourceGroupsTaggingApiClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sns.SnsClient;

/** What a collector derives over the wire, following docs/snapshot.md, equals {@code expectedUids}. */
class ExpectedUidsWireTest extends WireTestBase {

    @Test
    void activeAccountsMatch() {
        for (OrgAccount account : org.accounts().subList(0, 4)) {
            if (!account.active()) {
                continue;
            }
            Map<String, Set<String>> seen = collect(account.id());
            Map<String, Integer> expected = org.expectedResourceCounts().get(account.id());
            for (String type : expected.keySet()) {
                if (!type.equals("aws.ce.account_cost")) {
                    assertThat(seen.getOrDefault(type, Set.of())).as(account.id() + " " + type)
                            .isEqualTo(org.expectedUids(account.id(), type));
                }
            }
            assertThat(seen.keySet()).allSatisfy(type -> assertThat(expected).containsKey(type));
        }
    }

    private Map<String, Set<String>> collect(String acct) {
        Map<String, Set<String>> out = new HashMap<>();
        StaticCredentials creds = assume(acct);
        add(out, "aws.iam.account", "arn:aws:iam::" + acct + ":root");
        add(out, "aws.s3.account", "arn:aws:s3::" + acct + ":account");
        add(out, "aws.account.contacts", "arn:aws:account::" + acct + ":account");
        add(out, "aws.budgets.account", "arn:aws:budgets::" + acct + ":account");
        IamClient iam = clients.build(IamClient.builder(), creds, "us-east-1");
        iam.getAccountAuthorizationDetailsPaginator(b -> b.filter(EntityType.USER, EntityType.GROUP, EntityType.ROLE,
                EntityType.LOCAL_MANAGED_POLICY)).forEach(p -> {
                    p.userDetailList().forEach(u -> add(out, "aws.iam.user", u.arn()));
                    p.groupDetailList().forEach(g -> add(out, "aws.iam.group", g.arn()));
                    p.roleDetailList().forEach(r -> add(out, "aws.iam.role", r.arn()));
                    p.policies().forEach(x -> add(out, "aws.iam.policy", x.arn()));
                });
        iam.listServerCertificatesPaginator(b -> b.maxItems(1)).serverCertificateMetadataList()
                .forEach(c -> add(out, "aws.iam.server_certificate", c.arn()));
        if (acct.equals(org.managementAccountId())) {
            add(out, "aws.organizations.governance", "arn:aws:organizations::" + acct + ":governance");
            clients.build(OrganizationsClient.builder(), creds, "us-east-1").listAWSServiceAccessForOrganizationPaginator(
                    b -> b.maxResults(2)).stream().flatMap(page -> page.enabledServicePrincipals().stream()).forEach(p -> add(out,
                            "aws.organizations.service_access", "arn:aws:organizations::" + acct + ":service-access/"
                                    + p.servicePrincipal()));
        }
        S3Client s3 = clients.build(S3Client.builder().forcePathStyle(true), creds, "us-east-1");
        s3.listBuckets().buckets().forEach(b -> add(out, "aws.s3.bucket", "arn:aws:s3:::" + b.name()));
        var cloudfront = clients.build(software.amazon.awssdk.services.cloudfront.CloudFrontClient.builder(), creds,
                "us-east-1");
        String marker = null;
        do {
            String from = marker;
            var page = cloudfront.listDistributions(b -> b.maxItems("2").marker(from)).distributionList();
            page.items().forEach(d -> add(out, "aws.cloudfront.distribution", d.arn()));
            marker = Boolean.TRUE.equals(page.isTruncated()) ? page.nextMarker() : null;
        } while (marker != null);
        var cloudFrontAcls = clients.build(software.amazon.awssdk.services.wafv2.Wafv2Client.builder(), creds, "us-east-1");
        cloudFrontAcls.listWebACLs(b -> b.scope("CLOUDFRONT")).webACLs().forEach(a -> add(out, "aws.wafv2.web_acl", a.arn()));
        var route53 = clients.build(software.amazon.awssdk.services.route53.Route53Client.builder(), creds, "us-east-1");
        route53.listHostedZonesPaginator(b -> b.maxItems("2")).hostedZones().forEach(z -> add(out,
                "aws.route53.hosted_zone", "arn:aws:route53:::hostedzone/" + z.id().replace("/hostedzone/", "")));
        var registered = clients.build(software.amazon.awssdk.services.route53domains.Route53DomainsClient.builder(), creds,
                "us-east-1");
        registered.listDomainsPaginator().domains().forEach(d -> add(out, "aws.route53domains.domain",
                "arn:aws:route53domains:::domain/" + d.domainName()));
        for (String region : org.regions()) {
            var waf = clients.build(software.amazon.awssdk.services.wafv2.Wafv2Client.builder(), creds, region);
            waf.listWebACLs(b -> b.scope("REGIONAL")).webACLs().forEach(a -> add(out, "aws.wafv2.web_acl", a.arn()));
            var acm = clients.build(software.amazon.awssdk.services.acm.AcmClient.builder(), creds, region);
            acm.listCertificatesPaginator(b -> b.includes(f -> f.keyTypesWithStrings("RSA_1024", "RSA_2048", "RSA_4096",
                    "EC_prime256v1"))).certificateSummaryList().forEach(c -> add(out, "aws.acm.certificate",
                            c.certificateArn()));
            String prefix = "arn:aws:ec2:" + region + ":" + acct + ":";
            Ec2Client ec2 = clients.build(Ec2Client.builder(), creds, region);
            ec2.describeRegions().regions().stream().filter(r -> r.regionName().equals(region)
                    && !r.optInStatus().equals("not-opted-in"))
                    .forEach(r -> {
                        add(out, "aws.ec2.region", prefix + "region");
                        add(out, "aws.securitybaseline.region",
                                dev.vigil.fakecloud.org.SecurityBaseline.uid(acct, region));
                    });
            ec2.describeVpcsPaginator().vpcs().forEach(v -> add(out, "aws.ec2.vpc", prefix + "vpc/" + v.vpcId()));
            ec2.describeSubnetsPaginator().subnets().forEach(s -> add(out, "aws.ec2.subnet", s.subnetArn()));
            ec2.describeSecurityGroupsPaginator().securityGroups()
                    .forEach(g -> add(out, "aws.ec2.security_group", prefix + "security-group/" + g.groupId()));
            ec2.describeFlowLogsPaginator().flowLogs()
                    .forEach(f -> add(out, "aws.ec2.flow_log", prefix + "vpc-flow-log/" + f.flowLogId()));
            ec2.describeInstancesPaginator().reservations().forEach(r -> r.instances()
                    .forEach(i -> add(out, "aws.ec2.instance", prefix + "instance/" + i.instanceId())));
            ec2.describeVolumesPaginator().volumes()
                    .forEach(v -> add(out, "aws.ec2.volume", prefix + "volume/" + v.volumeId()));
            ec2.describeImagesPaginator(b -> b.owners("self")).images().forEach(i -> add(out, "aws.ec2.image",
                    "arn:aws:ec2:" + region + "::image/" + i.imageId()));
            ec2.describeSnapshotsPaginator(b -> b.ownerIds("self")).snapshots().forEach(s -> add(out,
                    "aws.ec2.snapshot", "arn:aws:ec2:" + region + "::snapshot/" + s.snapshotId()));
            ec2.describeLaunchTemplatesPaginator().launchTemplates().forEach(t -> add(out, "aws.ec2.launch_template",
                    prefix + "launch-template/" + t.launchTemplateId()));
            clients.build(AutoScalingClient.builder(), creds, region).describeAutoScalingGroupsPaginator()
                    .autoScalingGroups().forEach(g -> add(out, "aws.autoscaling.group", g.autoScalingGroupARN()));
            ec2.describeNetworkAclsPaginator(b -> b.maxResults(5)).networkAcls()
                    .forEach(a -> add(out, "aws.ec2.network_acl", prefix + "network-acl/" + a.networkAclId()));
            ec2.describeVpcPeeringConnectionsPaginator(b -> b.maxResults(5)).vpcPeeringConnections().forEach(p -> add(out,
                    "aws.ec2.vpc_peering_connection", prefix + "vpc-peering-connection/" + p.vpcPeeringConnectionId()));
            var elbv2 = clients.build(software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client
                    .builder(), creds, region);
            elbv2.describeLoadBalancersPaginator(b -> b.pageSize(2)).loadBalancers()
                    .forEach(lb -> add(out, "aws.elbv2.load_balancer", lb.loadBalancerArn()));
            var elb = clients.build(software.amazon.awssdk.services.elasticloadbalancing.ElasticLoadBalancingClient
                    .builder(), creds, region);
            elb.describeLoadBalancersPaginator(b -> b.pageSize(2)).loadBalancerDescriptions().forEach(lb -> add(out,
                    "aws.elb.load_balancer", "arn:aws:elasticloadbalancing:" + region + ":" + acct + ":loadbalancer/"
                            + lb.loadBalancerName()));
            var apigw = clients.build(software.amazon.awssdk.services.apigateway.ApiGatewayClient.builder(), creds, region);
            apigw.getRestApisPaginator(b -> b.limit(2)).items().forEach(a -> add(out, "aws.apigateway.rest_api",
                    "arn:aws:apigateway:" + region + "::/restapis/" + a.id()));
            apigw.getDomainNamesPaginator(b -> b.limit(2)).items().forEach(d -> add(out, "aws.apigateway.domain_name",
                    "arn:aws:apigateway:" + region + "::/domainnames/" + d.domainName()));
            var apigw2 = clients.build(software.amazon.awssdk.services.apigatewayv2.ApiGatewayV2Client.builder(), creds,
                    region);
            String token = null;
            do {
                String next = token;
                var page = apigw2.getApis(b -> b.maxResults("2").nextToken(next));
                page.items().forEach(a -> add(out, "aws.apigatewayv2.api", "arn:aws:apigateway:" + region + "::/apis/"
                        + a.apiId()));
                token = page.nextToken();
            } while (token != null);
            KmsClient kms = clients.build(KmsClient.builder(), creds, region);
            kms.listKeysPaginator().keys().forEach(k -> {
                var meta = kms.describeKey(b -> b.keyId(k.keyId())).keyMetadata();
                if (meta.keyManager() == KeyManagerType.CUSTOMER) {
                    add(out, "aws.kms.key", meta.arn());
                }
            });
            RdsClient rds = clients.build(RdsClient.builder(), creds, region);
            rds.describeDBInstancesPaginator(b -> b.maxRecords(20)).dbInstances()
                    .forEach(i -> add(out, "aws.rds.instance", i.dbInstanceArn()));
            rds.describeDBClustersPaginator(b -> b.maxRecords(20)).dbClusters()
                    .forEach(c -> add(out, "aws.rds.cluster", c.dbClusterArn()));
            rds.describeDBSnapshotsPaginator(b -> b.snapshotType("manual")).dbSnapshots().forEach(x -> {
                assertThat(rds.describeDBSnapshotAttributes(b -> b.dbSnapshotIdentifier(x.dbSnapshotIdentifier()))
                        .dbSnapshotAttributesResult().dbSnapshotAttributes()).extracting(a -> a.attributeName())
                        .containsExactly("restore");
                add(out, "aws.rds.snapshot", x.dbSnapshotArn());
            });
            DynamoDbClient dynamo = clients.build(DynamoDbClient.builder(), creds, region);
            dynamo.listTablesPaginator(b -> b.limit(2)).tableNames().forEach(name -> add(out, "aws.dynamodb.table",
                    dynamo.describeTable(b -> b.tableName(name)).table().tableArn()));
            EfsClient efs = clients.build(EfsClient.builder(), creds, region);
            efs.describeFileSystemsPaginator(b -> b.maxItems(2)).fileSystems()
                    .forEach(f -> add(out, "aws.efs.file_system", f.fileSystemArn()));
            ElastiCacheClient cache = clients.build(ElastiCacheClient.builder(), creds, region);
            cache.describeReplicationGroupsPaginator(b -> b.maxRecords(20)).replicationGroups()
                    .forEach(g -> add(out, "aws.elasticache.replication_group", g.arn()));
            RedshiftClient redshift = clients.build(RedshiftClient.builder(), creds, region);
            redshift.describeClustersPaginator(b -> b.maxRecords(20)).clusters().forEach(c -> add(out,
                    "aws.redshift.cluster", "arn:aws:redshift:" + region + ":" + acct + ":cluster:" + c.clusterIdentifier()));
            LambdaClient lambda = clients.build(LambdaClient.builder(), creds, region);
            lambda.listFunctionsPaginator().functions().forEach(f -> add(out, "aws.lambda.function", f.functionArn()));
            EcrClient ecr = clients.build(EcrClient.builder(), creds, region);
            ecr.describeRepositoriesPaginator().repositories()
                    .forEach(x -> add(out, "aws.ecr.repository", x.repositoryArn()));
            EksClient eks = clients.build(EksClient.builder(), creds, region);
            eks.listClustersPaginator().clusters().forEach(name -> add(out, "aws.eks.cluster",
                    eks.describeCluster(b -> b.name(name)).cluster().arn()));
            EcsClient ecs = clients.build(EcsClient.builder(), creds, region);
            java.util.Map<String, String> latest = new java.util.TreeMap<>();
            ecs.listTaskDefinitionsPaginator().taskDefinitionArns().forEach(a -> latest.merge(
                    a.substring(0, a.lastIndexOf(':')), a, (x, y) -> Integer.parseInt(x.substring(x.lastIndexOf(':') + 1))
                            >= Integer.parseInt(y.substring(y.lastIndexOf(':') + 1)) ? x : y));
            latest.values().forEach(a -> add(out, "aws.ecs.task_definition", a));
            OpenSearchClient search = clients.build(OpenSearchClient.builder(), creds, region);
            search.listDomainNames(b -> { }).domainNames()
                    .forEach(d -> add(out, "aws.opensearch.domain", "arn:aws:es:" + region + ":" + acct + ":domain/"
                            + d.domainName()));
            CloudTrailClient ct = clients.build(CloudTrailClient.builder(), creds, region);
            ct.describeTrails(b -> b.includeShadowTrails(false)).trailList()
                    .forEach(t -> add(out, "aws.cloudtrail.trail", t.trailARN()));
            CloudWatchLogsClient logs = clients.build(CloudWatchLogsClient.builder(), creds, region);
            logs.describeMetricFiltersPaginator(b -> b.limit(5)).metricFilters().forEach(f -> add(out,
                    "aws.logs.metric_filter", "arn:aws:logs:" + region + ":" + acct + ":log-group:" + f.logGroupName()
                            + ":metric-filter:" + f.filterName()));
            CloudWatchClient cw = clients.build(CloudWatchClient.builder(), creds, region);
            cw.describeAlarmsPaginator(b -> b.maxRecords(7)).metricAlarms()
                    .forEach(a -> add(out, "aws.cloudwatch.alarm", a.alarmArn()));
            SnsClient sns = clients.build(SnsClient.builder(), creds, region);
            sns.listTopicsPaginator().topics().forEach(t -> add(out, "aws.sns.topic", t.topicArn()));
            var secrets = clients.build(software.amazon.awssdk.services.secretsmanager.SecretsManagerClient.builder(),
                    creds, region);
            secrets.listSecretsPaginator(b -> b.maxResults(2)).stream().flatMap(p -> p.secretList().stream())
                    .forEach(x -> add(out, "aws.secretsmanager.secret", x.arn()));
            var sqs = clients.build(software.amazon.awssdk.services.sqs.SqsClient.builder(), creds, region);
            sqs.listQueuesPaginator(b -> b.maxResults(2)).stream().flatMap(p -> p.queueUrls().stream())
                    .forEach(url -> add(out, "aws.sqs.queue", sqs.getQueueAttributes(b -> b.queueUrl(url)
                            .attributeNamesWithStrings("QueueArn")).attributesAsStrings().get("QueueArn")));
            var ssm = clients.build(software.amazon.awssdk.services.ssm.SsmClient.builder(), creds, region);
            ssm.listDocumentsPaginator(b -> b.maxResults(2).filters(f -> f.key("Owner").values("Self")))
                    .stream().flatMap(p -> p.documentIdentifiers().stream())
                    .forEach(d -> add(out, "aws.ssm.document", "arn:aws:ssm:" + region + ":" + acct + ":document/"
                            + d.name()));
            add(out, "aws.ssm.service_setting", ssm.getServiceSetting(b -> b.settingId(
                    "/ssm/documents/console/public-sharing-permission")).serviceSetting().arn());
            var events = clients.build(software.amazon.awssdk.services.eventbridge.EventBridgeClient.builder(), creds,
                    region);
            events.listEventBuses(b -> b.limit(100)).eventBuses()
                    .forEach(b -> add(out, "aws.eventbridge.event_bus", b.arn()));
            ResourceGroupsTaggingApiClient tagging = clients.build(ResourceGroupsTaggingApiClient.builder(), creds, region);
            tagging.getResourcesPaginator().resourceTagMappingList()
                    .forEach(m -> add(out, "aws.tagging.resource", m.resourceARN()));
        }
        return out;
    }

    private static void add(Map<String, Set<String>> out, String type, String uid) {
        out.computeIfAbsent(type, k -> new TreeSet<>()).add(uid);
    }
}
