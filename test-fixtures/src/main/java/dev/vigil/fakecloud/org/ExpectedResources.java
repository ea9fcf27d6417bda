package dev.vigil.fakecloud.org;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** The uids a correct collector writes for an account, by type (docs/snapshot.md). */
public final class ExpectedResources {

    private ExpectedResources() {
    }

    public static Map<String, Set<String>> uids(AccountResources r, List<String> regions) {
        String acct = r.accountId();
        Map<String, Set<String>> out = new TreeMap<>();
        add(out, "aws.iam.account", "arn:aws:iam::" + acct + ":root");
        r.users().forEach(u -> add(out, "aws.iam.user", u.arn()));
        r.groups().forEach(g -> add(out, "aws.iam.group", g.arn()));
        r.roles().forEach(x -> add(out, "aws.iam.role", x.arn()));
        r.policies().forEach(p -> add(out, "aws.iam.policy", p.arn()));
        r.iam().serverCertificates().forEach(c -> add(out, "aws.iam.server_certificate", c.arn()));
        add(out, "aws.account.contacts", "arn:aws:account::" + acct + ":account");
        add(out, "aws.budgets.account", "arn:aws:budgets::" + acct + ":account");
        add(out, "aws.s3.account", "arn:aws:s3::" + acct + ":account");
        r.buckets().forEach(b -> add(out, "aws.s3.bucket", b.arn()));
        add(out, "aws.ce.account_cost", "arn:aws:ce::" + acct + ":cost");
        r.trails().forEach(t -> add(out, "aws.cloudtrail.trail", t.arn()));
        MonitoringResources m = r.monitoring();
        m.filters().forEach(f -> add(out, "aws.logs.metric_filter", "arn:aws:logs:" + m.region() + ":" + acct
                + ":log-group:" + f.logGroup() + ":metric-filter:" + f.name()));
        m.alarms().forEach(a -> add(out, "aws.cloudwatch.alarm", a.arn(m.region(), acct)));
        m.topics().forEach(t -> add(out, "aws.sns.topic", t.arn(m.region(), acct)));
        for (String region : regions) {
            RegionResources rr = r.region(region);
            String prefix = "arn:aws:ec2:" + region + ":" + acct + ":";
            add(out, "aws.ec2.region", prefix + "region");
            add(out, "aws.securitybaseline.region", SecurityBaseline.uid(acct, region));
            rr.vpcs().forEach(v -> add(out, "aws.ec2.vpc", prefix + "vpc/" + v.id()));
            rr.subnets().forEach(s -> add(out, "aws.ec2.subnet", prefix + "subnet/" + s.id()));
            rr.securityGroups().forEach(s -> add(out, "aws.ec2.security_group", prefix + "security-group/" + s.id()));
            rr.flowLogs().forEach(f -> add(out, "aws.ec2.flow_log", prefix + "vpc-flow-log/" + f.id()));
            rr.instances().forEach(i -> add(out, "aws.ec2.instance", prefix + "instance/" + i.id()));
            rr.volumes().forEach(v -> add(out, "aws.ec2.volume", prefix + "volume/" + v.id()));
            rr.network().acls().forEach(a -> add(out, "aws.ec2.network_acl", prefix + "network-acl/" + a.id()));
            rr.network().peerings().forEach(p -> add(out, "aws.ec2.vpc_peering_connection", p.arn(region, acct)));
            rr.images().images().forEach(i -> add(out, "aws.ec2.image", "arn:aws:ec2:" + region + "::image/" + i.id()));
            rr.fleet().launchTemplates().forEach(t -> add(out, "aws.ec2.launch_template", prefix + "launch-template/"
                    + t.id()));
            rr.fleet().groups().forEach(g -> add(out, "aws.autoscaling.group", g.arn(region, acct)));
            rr.images().snapshots().forEach(s -> add(out, "aws.ec2.snapshot", "arn:aws:ec2:" + region + "::snapshot/"
                    + s.id()));
            rr.elb().v2().forEach(lb -> add(out, "aws.elbv2.load_balancer", lb.arn(region, acct)));
            rr.edge().distributions().forEach(d -> add(out, "aws.cloudfront.distribution", d.arn(acct)));
            rr.edgeSecurity().webAcls().forEach(a -> add(out, "aws.wafv2.web_acl", a.arn(acct, region)));
            rr.edgeSecurity().hostedZones().forEach(z -> add(out, "aws.route53.hosted_zone", z.arn()));
            rr.edgeSecurity().domains().forEach(d -> add(out, "aws.route53domains.domain", d.arn()));
            rr.edgeSecurity().certificates().forEach(c -> add(out, "aws.acm.certificate", c.arn(region, acct)));
            rr.apiGateway().restApis().forEach(a -> add(out, "aws.apigateway.rest_api", a.arn(region)));
            rr.apiGateway().domains().forEach(d -> add(out, "aws.apigateway.domain_name", d.arn(region)));
            rr.apiGateway().httpApis().forEach(a -> add(out, "aws.apigatewayv2.api", a.arn(region)));
            rr.elb().classic().forEach(lb -> add(out, "aws.elb.load_balancer", lb.arn(region, acct)));
            rr.rds().instances().forEach(i -> add(out, "aws.rds.instance", i.arn(region, acct)));
            rr.rds().clusters().forEach(c -> add(out, "aws.rds.cluster", c.arn(region, acct)));
            rr.rds().snapshots().forEach(s -> add(out, "aws.rds.snapshot", s.arn(region, acct)));
            rr.dataStores().tables().forEach(t -> add(out, "aws.dynamodb.table", t.arn(region, acct)));
            rr.dataStores().fileSystems().forEach(f -> add(out, "aws.efs.file_system", f.arn(region, acct)));
            rr.dataStores().caches().forEach(c -> add(out, "aws.elasticache.replication_group", c.arn(region, acct)));
            rr.dataStores().warehouses().forEach(w -> add(out, "aws.redshift.cluster", w.arn(region, acct)));
            rr.compute().functions().forEach(f -> add(out, "aws.lambda.function", f.arn(region, acct)));
            rr.compute().repositories().forEach(x -> add(out, "aws.ecr.repository", x.arn(region, acct)));
            rr.compute().clusters().forEach(c -> add(out, "aws.eks.cluster", c.arn(region, acct)));
            rr.compute().latestTaskDefinitions()
                    .forEach(d -> add(out, "aws.ecs.task_definition", d.arn(region, acct)));
            rr.dataStores().domains().forEach(d -> add(out, "aws.opensearch.domain", d.arn(region, acct)));
            rr.messaging().secrets().forEach(s -> add(out, "aws.secretsmanager.secret", s.arn(region, acct)));
            rr.messaging().queues().forEach(q -> add(out, "aws.sqs.queue", q.arn(region, acct)));
            rr.messaging().documents().forEach(d -> add(out, "aws.ssm.document", d.arn(region, acct)));
            add(out, "aws.ssm.service_setting", "arn:aws:ssm:" + region + ":" + acct
                    + ":servicesetting/ssm/documents/console/public-sharing-permission");
            add(out, "aws.eventbridge.event_bus", "arn:aws:events:" + region + ":" + acct + ":event-bus/default");
            rr.messaging().buses().forEach(b -> add(out, "aws.eventbridge.event_bus", b.arn(region, acct)));
            rr.keys().stream().filter(KmsKey::customerManaged).forEach(k -> add(out, "aws.kms.key", k.arn()));
            TaggedResources.inRegion(r, region).forEach(t -> add(out, "aws.tagging.resource", t.arn()));
        }
        return out;
    }

    private static void add(Map<String, Set<String>> out, String type, String uid) {
        out.computeIfAbsent(type, k -> new TreeSet<>()).add(uid);
    }
}
