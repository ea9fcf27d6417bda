package dev.vigil.fakecloud.aws;

import dev.vigil.fakecloud.CallLog;
import dev.vigil.fakecloud.FakeCloudOptions;
import dev.vigil.fakecloud.fault.Faults;
import dev.vigil.fakecloud.org.SyntheticOrg;
import java.util.HashMap;
import java.util.Map;

/** Wires every served service to its protocol and handler. */
public final class Services {
    private final Map<String, Route> routes = new HashMap<>();
    private final Route s3Control;

    public Services(SyntheticOrg org, CredentialStore credentials, AssumableRoles roles,
            DelegatedAdministrators delegated, CallLog calls, Faults faults, FakeCloudOptions options) {
        QueryProtocol sts = new QueryProtocol("sts", StsHandler.NAMESPACE);
        add(new Route("sts", sts, new StsHandler(sts, credentials, roles, calls, faults), false));
        QueryProtocol iam = new QueryProtocol("iam", IamHandler.NAMESPACE);
        add(new Route("iam", iam, new IamHandler(iam, org, options), false));
        QueryProtocol rds = new QueryProtocol("rds", RdsHandler.NAMESPACE);
        add(new Route("rds", rds, new RdsHandler(rds, org, options), true));
        QueryProtocol elb = new QueryProtocol("elasticloadbalancing", ElbHandler.V2_NAMESPACE);
        add(new Route("elasticloadbalancing", elb, new ElbHandler(elb, org, options), true));
        add(new Route("cloudfront", new RestXmlProtocol("cloudfront", CloudFrontHandler::operation, true),
                new CloudFrontHandler(org, options), false));
        add(new Route("apigateway", new RestJsonProtocol("apigateway", ApiGatewayHandler::operation),
                new ApiGatewayHandler(org, options), true));
        Ec2Protocol ec2 = new Ec2Protocol();
        add(new Route("ec2", ec2, new Ec2Handler(ec2, org, options), true));
        add(new Route("organizations", new JsonProtocol("organizations"), new OrganizationsHandler(org, delegated, options),
                false));
        add(new Route("kms", new JsonProtocol("kms"), new KmsHandler(org, options), true));
        add(new Route("cloudtrail", new JsonProtocol("cloudtrail"), new CloudTrailHandler(org), true));
        add(new Route("guardduty", new RestJsonProtocol("guardduty", SecurityBaselineHandlers::guardDutyOperation),
                new SecurityBaselineHandlers.GuardDuty(org), true));
        add(new Route("securityhub", new RestJsonProtocol("securityhub",
                SecurityBaselineHandlers::securityHubOperation), new SecurityBaselineHandlers.SecurityHub(org), true));
        add(new Route("access-analyzer", new RestJsonProtocol("access-analyzer",
                SecurityBaselineHandlers::accessAnalyzerOperation), new SecurityBaselineHandlers.AccessAnalyzer(org),
                true));
        add(new Route("config", new JsonProtocol("config"), new SecurityBaselineHandlers.Config(org), true));
        add(new Route("dynamodb", new Json10Protocol("dynamodb", DynamoDbHandler.ERROR_NAMESPACE),
                new DynamoDbHandler(org, options), true));
        add(new Route("elasticfilesystem", new RestJsonProtocol("elasticfilesystem", EfsHandler::operation),
                new EfsHandler(org, options), true));
        QueryProtocol elasticache = new QueryProtocol("elasticache", ElastiCacheHandler.NAMESPACE);
        add(new Route("elasticache", elasticache, new ElastiCacheHandler(elasticache, org, options), true));
        QueryProtocol redshift = new QueryProtocol("redshift", RedshiftHandler.NAMESPACE);
        add(new Route("redshift", redshift, new RedshiftHandler(redshift, org, options), true));
        add(new Route("lambda", new RestJsonProtocol("lambda", LambdaHandler::operation), new LambdaHandler(org, options),
                true));
        add(new Route("ecr", new JsonProtocol("ecr"), new EcrHandler(org, options), true));
        add(new Route("macie2", new RestJsonProtocol("macie2", InspectionHandlers::macieOperation),
                new InspectionHandlers.Macie(org), true));
        add(new Route("inspector2", new RestJsonProtocol("inspector2", InspectionHandlers::inspectorOperation),
                new InspectionHandlers.Inspector(org), true));
        add(new Route("account", new RestJsonProtocol("account", AccountHandler::operation), new AccountHandler(org),
                false));
        add(new Route("ecs", new JsonProtocol("ecs"), new EcsHandler(org, options), true));
        add(new Route("eks", new RestJsonProtocol("eks", EksHandler::operation), new EksHandler(org, options), true));
        add(new Route("es", new RestJsonProtocol("es", OpenSearchHandler::operation), new OpenSearchHandler(org),
                true));
        add(new Route("tagging", new JsonProtocol("tag"), new TaggingHandler(org, options), true));
        add(new Route("budgets", new JsonProtocol("budgets"), new BudgetsHandler(org, options), false));
        add(new Route("ce", new JsonProtocol("ce"), new CostExplorerHandler(org, options), false));
        add(new Route("logs", new JsonProtocol("logs"), new LogsHandler(org, options), true));
        QueryProtocol monitoring = new QueryProtocol("cloudwatch", CloudWatchHandler.NAMESPACE);
        add(new Route("monitoring", monitoring, new CloudWatchHandler(monitoring, org, options), true));
        QueryProtocol sns = new QueryProtocol("sns", SnsHandler.NAMESPACE);
        add(new Route("sns", sns, new SnsHandler(sns, org, options), true));
        add(new Route("route53", new RestXmlProtocol("route53", Route53Handler::operation, true),
                new Route53Handler(org, options), false));
        add(new Route("route53domains", new JsonProtocol("route53domains"), new Route53DomainsHandler(org, options),
                false));
        add(new Route("acm", new JsonProtocol("acm"), new AcmHandler(org, options), true));
        add(new Route("wafv2", new JsonProtocol("wafv2"), new WafHandler(org, options), false));
        QueryProtocol autoScaling = new QueryProtocol("autoscaling", AutoScalingHandler.NAMESPACE);
        add(new Route("autoscaling", autoScaling, new AutoScalingHandler(autoScaling, org, options), true));
        add(new Route("s3", new RestXmlProtocol("s3", S3Operations::operation, false), new S3Handler(org, options), false));
        add(new Route("secretsmanager", new JsonProtocol("secretsmanager"), new SecretsManagerHandler(org, options),
                true));
        add(new Route("sqs", new Json10Protocol("sqs", SqsHandler.ERROR_NAMESPACE), new SqsHandler(org, options),
                true));
        add(new Route("ssm", new JsonProtocol("ssm"), new SsmHandler(org, options), true));
        add(new Route("events", new JsonProtocol("events"), new EventBridgeHandler(org, options), true));
        this.s3Control = new Route("s3control", new RestXmlProtocol("s3", S3Control::operation, true), new S3Control(org),
                false);
    }

    private void add(Route route) {
        routes.put(route.name(), route);
    }

    public Map<String, Route> routes() {
        return routes;
    }

    public Route s3Control() {
        return s3Control;
    }
}
