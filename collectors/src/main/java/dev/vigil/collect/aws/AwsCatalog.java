package dev.vigil.collect.aws;

import dev.vigil.collect.engine.Collector;
import dev.vigil.collect.engine.Operation;
import dev.vigil.collect.engine.SpecCollector;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Every AWS collector, grouped into units: the collectors of one unit run one after the other in the
 * same account and region (so that a later one can join an earlier one's items); units run in parallel.
 */
public final class AwsCatalog {
    private final List<List<Collector>> units;

    public AwsCatalog(List<List<Collector>> units) {
        this.units = List.copyOf(units);
    }

    public static AwsCatalog standard(Clock clock, long reportPollMillis) {
        return new AwsCatalog(List.of(
                List.of(new IamCollector(reportPollMillis)),
                List.of(new SpecCollector<>(IamSpecs.SERVER_CERTIFICATE)),
                List.of(new AccountContactsCollector()),
                List.of(new BudgetsCollector()),
                List.of(new S3AccountCollector()),
                List.of(new SpecCollector<>(S3Specs.BUCKET)),
                List.of(new Ec2RegionCollector()),
                List.of(new SecurityBaselineCollector()),
                List.of(new SpecCollector<>(Ec2Specs.FLOW_LOG), new SpecCollector<>(Ec2Specs.VPC)),
                List.of(new SpecCollector<>(Ec2Specs.SUBNET)),
                List.of(new SpecCollector<>(Ec2Specs.SECURITY_GROUP)),
                List.of(new SpecCollector<>(Ec2Specs.INSTANCE)),
                List.of(new SpecCollector<>(Ec2Specs.VOLUME)),
                List.of(new SpecCollector<>(Ec2NetworkSpecs.NETWORK_ACL)),
                List.of(new SpecCollector<>(Ec2NetworkSpecs.VPC_PEERING)),
                List.of(new SpecCollector<>(Ec2ImageSpecs.IMAGE)),
                List.of(new SpecCollector<>(Ec2ImageSpecs.SNAPSHOT)),
                List.of(new SpecCollector<>(Ec2LaunchTemplateSpecs.LAUNCH_TEMPLATE)),
                List.of(new SpecCollector<>(AutoScalingSpecs.GROUP)),
                List.of(new SpecCollector<>(ElbSpecs.V2)),
                List.of(new SpecCollector<>(ElbSpecs.CLASSIC)),
                List.of(new SpecCollector<>(CloudFrontSpecs.DISTRIBUTION)),
                List.of(new SpecCollector<>(ApiGatewaySpecs.REST_API)),
                List.of(new SpecCollector<>(ApiGatewaySpecs.DOMAIN_NAME)),
                List.of(new SpecCollector<>(ApiGatewaySpecs.HTTP_API)),
                List.of(new SpecCollector<>(KmsSpecs.KEY)),
                List.of(new SpecCollector<>(CloudTrailSpecs.TRAIL)),
                List.of(new SpecCollector<>(RdsSpecs.INSTANCE)),
                List.of(new SpecCollector<>(RdsSpecs.CLUSTER)),
                List.of(new SpecCollector<>(RdsSpecs.SNAPSHOT)),
                List.of(new SpecCollector<>(DynamoDbSpecs.TABLE)),
                List.of(new SpecCollector<>(EfsSpecs.FILE_SYSTEM)),
                List.of(new SpecCollector<>(ElastiCacheSpecs.REPLICATION_GROUP)),
                List.of(new SpecCollector<>(RedshiftSpecs.CLUSTER)),
                List.of(new SpecCollector<>(LambdaSpecs.FUNCTION)),
                List.of(new SpecCollector<>(EcrSpecs.REPOSITORY)),
                List.of(new SpecCollector<>(EksSpecs.CLUSTER)),
                List.of(new SpecCollector<>(EcsSpecs.TASK_DEFINITION)),
                List.of(new OpenSearchCollector()),
                List.of(new SpecCollector<>(TaggingSpecs.RESOURCE)),
                List.of(new CostCollector(clock)),
                List.of(new SpecCollector<>(MonitoringSpecs.METRIC_FILTER)),
                List.of(new SpecCollector<>(MonitoringSpecs.ALARM)),
                List.of(new SpecCollector<>(SnsSpecs.TOPIC)),
                List.of(new SpecCollector<>(WafSpecs.REGIONAL_WEB_ACL)),
                List.of(new SpecCollector<>(WafSpecs.CLOUDFRONT_WEB_ACL)),
                List.of(new SpecCollector<>(Route53Specs.HOSTED_ZONE)),
                List.of(new SpecCollector<>(SecretsManagerSpecs.SECRET)),
                List.of(new SpecCollector<>(SqsSpecs.QUEUE)),
                List.of(new SpecCollector<>(SsmSpecs.DOCUMENT)),
                List.of(new SpecCollector<>(SsmSpecs.SERVICE_SETTING)),
                List.of(new SpecCollector<>(EventBridgeSpecs.BUS)),
                List.of(new OrgGovernanceCollector()),
                List.of(new SpecCollector<>(Route53DomainsSpecs.DOMAIN)),
                List.of(new SpecCollector<>(AcmSpecs.CERTIFICATE))));
    }

    public List<List<Collector>> units() {
        return units;
    }

    /** Every operation the collectors declare. */
    public List<Operation> operations() {
        Set<Operation> ops = new LinkedHashSet<>();
        units.forEach(unit -> unit.forEach(c -> ops.addAll(c.operations())));
        return new ArrayList<>(ops);
    }
}
