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
        add(out, "aws.s3.account", "arn:aws:s3::" + acct + ":account");
        r.buckets().forEach(b -> add(out, "aws.s3.bucket", b.arn()));
        add(out, "aws.ce.account_cost", "arn:aws:ce::" + acct + ":cost");
        r.trails().forEach(t -> add(out, "aws.cloudtrail.trail", t.arn()));
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
            rr.rds().instances().forEach(i -> add(out, "aws.rds.instance", i.arn(region, acct)));
            rr.rds().clusters().forEach(c -> add(out, "aws.rds.cluster", c.arn(region, acct)));
            rr.rds().snapshots().forEach(s -> add(out, "aws.rds.snapshot", s.arn(region, acct)));
            rr.dataStores().tables().forEach(t -> add(out, "aws.dynamodb.table", t.arn(region, acct)));
            rr.dataStores().fileSystems().forEach(f -> add(out, "aws.efs.file_system", f.arn(region, acct)));
            rr.dataStores().caches().forEach(c -> add(out, "aws.elasticache.replication_group", c.arn(region, acct)));
            rr.dataStores().warehouses().forEach(w -> add(out, "aws.redshift.cluster", w.arn(region, acct)));
            rr.dataStores().domains().forEach(d -> add(out, "aws.opensearch.domain", d.arn(region, acct)));
            rr.keys().stream().filter(KmsKey::customerManaged).forEach(k -> add(out, "aws.kms.key", k.arn()));
            TaggedResources.inRegion(r, region).forEach(t -> add(out, "aws.tagging.resource", t.arn()));
        }
        return out;
    }

    private static void add(Map<String, Set<String>> out, String type, String uid) {
        out.computeIfAbsent(type, k -> new TreeSet<>()).add(uid);
    }
}
