package dev.vigil.collect.aws;

import dev.vigil.collect.engine.AwsService;
import dev.vigil.collect.engine.ClientSettings;
import java.net.URI;
import java.util.concurrent.CompletableFuture;
import software.amazon.awssdk.endpoints.Endpoint;
import software.amazon.awssdk.services.s3control.S3ControlClientBuilder;
import java.util.List;
import software.amazon.awssdk.services.accessanalyzer.AccessAnalyzerClient;
import software.amazon.awssdk.services.acm.AcmClient;
import software.amazon.awssdk.services.account.AccountClient;
import software.amazon.awssdk.services.budgets.BudgetsClient;
import software.amazon.awssdk.services.apigateway.ApiGatewayClient;
import software.amazon.awssdk.services.apigatewayv2.ApiGatewayV2Client;
import software.amazon.awssdk.services.cloudfront.CloudFrontClient;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.config.ConfigClient;
import software.amazon.awssdk.services.guardduty.GuardDutyClient;
import software.amazon.awssdk.services.securityhub.SecurityHubClient;
import software.amazon.awssdk.services.costexplorer.CostExplorerClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.autoscaling.AutoScalingClient;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.efs.EfsClient;
import software.amazon.awssdk.services.elasticache.ElastiCacheClient;
import software.amazon.awssdk.services.ecr.EcrClient;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.eks.EksClient;
import software.amazon.awssdk.services.elasticloadbalancing.ElasticLoadBalancingClient;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.inspector2.Inspector2Client;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.macie2.Macie2Client;
import software.amazon.awssdk.services.opensearch.OpenSearchClient;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.rds.RdsClient;
import software.amazon.awssdk.services.redshift.RedshiftClient;
import software.amazon.awssdk.services.resourcegroupstaggingapi.ResourceGroupsTaggingApiClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3control.S3ControlClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.wafv2.Wafv2Client;
import software.amazon.awssdk.services.route53.Route53Client;
import software.amazon.awssdk.services.route53domains.Route53DomainsClient;

/** The AWS services Vigil reads, with how to build their clients. */
public final class AwsServices {
    public static final AwsService<StsClient> STS = new AwsService<>("sts", "STS", true,
            s -> s.configure(StsClient.builder()).build());
    public static final AwsService<OrganizationsClient> ORGANIZATIONS = new AwsService<>("organizations",
            "ORGANIZATIONS", true, s -> s.configure(OrganizationsClient.builder()).build());
    public static final AwsService<IamClient> IAM = new AwsService<>("iam", "IAM", true,
            s -> s.configure(IamClient.builder()).build());
    /** Path-style with any custom endpoint: {@code bucket.moto} or {@code bucket.localhost} does not resolve. */
    public static final AwsService<S3Client> S3 = new AwsService<>("s3", "S3", false,
            s -> s.configure(S3Client.builder()).forcePathStyle(s.effectiveEndpoint() != null).build());
    public static final AwsService<S3ControlClient> S3_CONTROL = new AwsService<>("s3control", "S3_CONTROL", true,
            AwsServices::s3Control);
    public static final AwsService<Ec2Client> EC2 = new AwsService<>("ec2", "EC2", false,
            s -> s.configure(Ec2Client.builder()).build());
    public static final AwsService<KmsClient> KMS = new AwsService<>("kms", "KMS", false,
            s -> s.configure(KmsClient.builder()).build());
    public static final AwsService<CloudTrailClient> CLOUDTRAIL = new AwsService<>("cloudtrail", "CLOUDTRAIL", false,
            s -> s.configure(CloudTrailClient.builder()).build());
    public static final AwsService<RdsClient> RDS = new AwsService<>("rds", "RDS", false,
            s -> s.configure(RdsClient.builder()).build());
    public static final AwsService<GuardDutyClient> GUARDDUTY = new AwsService<>("guardduty", "GUARDDUTY", false,
            s -> s.configure(GuardDutyClient.builder()).build());
    public static final AwsService<SecurityHubClient> SECURITYHUB = new AwsService<>("securityhub", "SECURITYHUB",
            false, s -> s.configure(SecurityHubClient.builder()).build());
    public static final AwsService<ConfigClient> CONFIG = new AwsService<>("config", "CONFIG_SERVICE", false,
            s -> s.configure(ConfigClient.builder()).build());
    public static final AwsService<AccessAnalyzerClient> ACCESS_ANALYZER = new AwsService<>("access-analyzer",
            "ACCESSANALYZER", false, s -> s.configure(AccessAnalyzerClient.builder()).build());
    public static final AwsService<LambdaClient> LAMBDA = new AwsService<>("lambda", "LAMBDA", false,
            s -> s.configure(LambdaClient.builder()).build());
    public static final AwsService<EcrClient> ECR = new AwsService<>("ecr", "ECR", false,
            s -> s.configure(EcrClient.builder()).build());
    public static final AwsService<Macie2Client> MACIE2 = new AwsService<>("macie2", "MACIE2", false,
            s -> s.configure(Macie2Client.builder()).build());
    public static final AwsService<Inspector2Client> INSPECTOR2 = new AwsService<>("inspector2", "INSPECTOR2", false,
            s -> s.configure(Inspector2Client.builder()).build());
    public static final AwsService<BudgetsClient> BUDGETS = new AwsService<>("budgets", "BUDGETS", true,
            s -> s.configure(BudgetsClient.builder()).build());
    public static final AwsService<AccountClient> ACCOUNT = new AwsService<>("account", "ACCOUNT", true,
            s -> s.configure(AccountClient.builder()).build());
    public static final AwsService<EksClient> EKS = new AwsService<>("eks", "EKS", false,
            s -> s.configure(EksClient.builder()).build());
    public static final AwsService<EcsClient> ECS = new AwsService<>("ecs", "ECS", false,
            s -> s.configure(EcsClient.builder()).build());
    public static final AwsService<ElasticLoadBalancingV2Client> ELBV2 = new AwsService<>("elbv2",
            "elasticloadbalancing", "ELASTIC_LOAD_BALANCING_V2", false, s -> s.configure(ElasticLoadBalancingV2Client.builder()).build());
    public static final AwsService<ElasticLoadBalancingClient> ELB = new AwsService<>("elb", "elasticloadbalancing",
            "ELASTIC_LOAD_BALANCING", false, s -> s.configure(ElasticLoadBalancingClient.builder()).build());
    public static final AwsService<CloudFrontClient> CLOUDFRONT = new AwsService<>("cloudfront", "CLOUDFRONT", true,
            s -> s.configure(CloudFrontClient.builder()).build());
    public static final AwsService<ApiGatewayClient> API_GATEWAY = new AwsService<>("apigateway", "API_GATEWAY",
            false, s -> s.configure(ApiGatewayClient.builder()).build());
    public static final AwsService<ApiGatewayV2Client> API_GATEWAY_V2 = new AwsService<>("apigatewayv2",
            "apigateway", "APIGATEWAYV2", false, s -> s.configure(ApiGatewayV2Client.builder()).build());
    public static final AwsService<ResourceGroupsTaggingApiClient> TAGGING = new AwsService<>("tagging",
            "RESOURCE_GROUPS_TAGGING_API", false, s -> s.configure(ResourceGroupsTaggingApiClient.builder()).build());
    public static final AwsService<CostExplorerClient> COST_EXPLORER = new AwsService<>("ce", "COST_EXPLORER", true,
            s -> s.configure(CostExplorerClient.builder()).build());
    public static final AwsService<DynamoDbClient> DYNAMODB = new AwsService<>("dynamodb", "DYNAMODB", false,
            s -> s.configure(DynamoDbClient.builder()).build());
    public static final AwsService<EfsClient> EFS = new AwsService<>("elasticfilesystem", "EFS", false,
            s -> s.configure(EfsClient.builder()).build());
    public static final AwsService<ElastiCacheClient> ELASTICACHE = new AwsService<>("elasticache", "ELASTICACHE",
            false, s -> s.configure(ElastiCacheClient.builder()).build());
    public static final AwsService<RedshiftClient> REDSHIFT = new AwsService<>("redshift", "REDSHIFT", false,
            s -> s.configure(RedshiftClient.builder()).build());
    public static final AwsService<CloudWatchLogsClient> LOGS = new AwsService<>("logs", "CLOUDWATCH_LOGS", false,
            s -> s.configure(CloudWatchLogsClient.builder()).build());
    /** Keyed by its signing name: the IAM actions are {@code cloudwatch:*}. */
    public static final AwsService<CloudWatchClient> CLOUDWATCH = new AwsService<>("monitoring", "CLOUDWATCH", false,
            s -> s.configure(CloudWatchClient.builder()).build());
    public static final AwsService<SnsClient> SNS = new AwsService<>("sns", "SNS", false,
            s -> s.configure(SnsClient.builder()).build());
    public static final AwsService<AutoScalingClient> AUTOSCALING = new AwsService<>("autoscaling", "AUTO_SCALING",
            false, s -> s.configure(AutoScalingClient.builder()).build());
    public static final AwsService<OpenSearchClient> OPENSEARCH = new AwsService<>("es", "OPENSEARCH", false,
            s -> s.configure(OpenSearchClient.builder()).build());
    public static final AwsService<SecretsManagerClient> SECRETS_MANAGER = new AwsService<>("secretsmanager",
            "SECRETS_MANAGER", false, s -> s.configure(SecretsManagerClient.builder()).build());
    public static final AwsService<SqsClient> SQS = new AwsService<>("sqs", "SQS", false,
            s -> s.configure(SqsClient.builder()).build());
    public static final AwsService<SsmClient> SSM = new AwsService<>("ssm", "SSM", false,
            s -> s.configure(SsmClient.builder()).build());
    /** Keyed by its signing name: the IAM actions are {@code events:*}. */
    public static final AwsService<EventBridgeClient> EVENTBRIDGE = new AwsService<>("events", "EVENTBRIDGE", false,
            s -> s.configure(EventBridgeClient.builder()).build());

    /** Regional; the CLOUDFRONT scope is read with a us-east-1 client from the account's global unit. */
    public static final AwsService<Wafv2Client> WAFV2 = new AwsService<>("wafv2", "WAFV2", false,
            s -> s.configure(Wafv2Client.builder()).build());
    public static final AwsService<Route53Client> ROUTE53 = new AwsService<>("route53", "ROUTE_53", true,
            s -> s.configure(Route53Client.builder()).build());
    /** Global: the Route 53 Domains API is served by us-east-1 only. */
    public static final AwsService<Route53DomainsClient> ROUTE53_DOMAINS = new AwsService<>("route53domains",
            "ROUTE_53_DOMAINS", true, s -> s.configure(Route53DomainsClient.builder()).build());

    public static final AwsService<AcmClient> ACM = new AwsService<>("acm", "ACM", false,
            s -> s.configure(AcmClient.builder()).build());

    public static final List<AwsService<?>> ALL = List.of(STS, ORGANIZATIONS, IAM, S3, S3_CONTROL, EC2, KMS,
            CLOUDTRAIL, RDS, GUARDDUTY, SECURITYHUB, CONFIG, ACCESS_ANALYZER, LAMBDA, ECR, TAGGING,
            COST_EXPLORER, DYNAMODB, EFS, ELASTICACHE, REDSHIFT, LOGS, CLOUDWATCH, SNS, ACCOUNT, MACIE2, INSPECTOR2,
            BUDGETS, EKS, ECS, ELBV2, ELB, CLOUDFRONT, API_GATEWAY, API_GATEWAY_V2, OPENSEARCH,
            WAFV2, ROUTE53, ROUTE53_DOMAINS, ACM, SECRETS_MANAGER, SQS, SSM, EVENTBRIDGE, AUTOSCALING);

    private AwsServices() {}

    /**
     * S3 Control's endpoint rules put the account id in front of a custom endpoint's host ({@code
     * 111122223333.moto}, {@code 111122223333.127.0.0.1}), a name that no docker-compose service, proxy or fake cloud
     * answers to. With a custom endpoint the client goes to it as it is: the account travels in the
     * {@code x-amz-account-id} header, which is what S3 Control reads. {@code DISABLE_HOST_PREFIX_INJECTION} would
     * not help: in SDK 2.40.2 the prefix comes from the endpoint rules, not from a host-prefix trait.
     */
    private static S3ControlClient s3Control(ClientSettings settings) {
        S3ControlClientBuilder builder = settings.configure(S3ControlClient.builder());
        URI endpoint = settings.effectiveEndpoint();
        if (endpoint != null) {
            builder.endpointProvider(params -> CompletableFuture.completedFuture(Endpoint.builder().url(endpoint).build()));
        }
        return builder.build();
    }
}
