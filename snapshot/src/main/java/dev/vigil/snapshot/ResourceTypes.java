package dev.vigil.snapshot;

import java.util.Set;
import java.util.TreeSet;

/**
 * Every resource type a snapshot can hold (the tables of docs/snapshot.md), plus the synthetic account resource
 * of each provider that evaluation builds. A policy naming any other type would never run: it is refused.
 */
public final class ResourceTypes {
    /** The synthetic per-target resource evaluation builds ({@code <provider>.account}). */
    public static final Set<String> ACCOUNTS = Set.of("aws.account", "gcp.account", "azure.account");
    /** Types of an org's own directory target (an Azure tenant's Entra ID data), not of any account. */
    public static final Set<String> DIRECTORY = Set.of("azure.entra.tenant", "azure.entra.user");

    /** Types the collectors write. */
    public static final Set<String> COLLECTED = Set.of(
            "aws.iam.account", "aws.iam.user", "aws.iam.group", "aws.iam.role", "aws.iam.policy",
            "aws.iam.server_certificate", "aws.account.contacts", "aws.budgets.account",
            "aws.s3.account", "aws.s3.bucket",
            "aws.ec2.region", "aws.securitybaseline.region", "aws.ec2.vpc", "aws.ec2.subnet", "aws.ec2.security_group", "aws.ec2.flow_log",
            "aws.ec2.instance", "aws.ec2.volume", "aws.ec2.network_acl", "aws.ec2.vpc_peering_connection",
            "aws.ec2.image", "aws.ec2.snapshot", "aws.ec2.launch_template", "aws.autoscaling.group",
            "aws.elbv2.load_balancer", "aws.elb.load_balancer", "aws.cloudfront.distribution",
            "aws.apigateway.rest_api", "aws.apigateway.domain_name", "aws.apigatewayv2.api",
            "aws.kms.key", "aws.cloudtrail.trail", "aws.rds.instance", "aws.rds.cluster", "aws.rds.snapshot",
            "aws.dynamodb.table", "aws.efs.file_system", "aws.elasticache.replication_group",
            "aws.redshift.cluster",
            "aws.lambda.function", "aws.ecr.repository", "aws.eks.cluster",
            "aws.ecs.task_definition", "aws.opensearch.domain",
            "aws.tagging.resource", "aws.ce.account_cost",
            "aws.logs.metric_filter", "aws.cloudwatch.alarm", "aws.sns.topic",
            "aws.wafv2.web_acl", "aws.route53.hosted_zone",
            "aws.secretsmanager.secret", "aws.sqs.queue",
            "aws.ssm.document", "aws.ssm.service_setting", "aws.eventbridge.event_bus",
            "aws.organizations.governance", "aws.organizations.service_access",
            "aws.route53domains.domain", "aws.acm.certificate",
            "gcp.resourcemanager.project", "gcp.compute.project", "gcp.compute.network", "gcp.compute.subnetwork",
            "gcp.compute.firewall", "gcp.compute.instance", "gcp.storage.bucket", "gcp.kms.crypto_key",
            "gcp.iam.service_account", "gcp.sql.instance", "gcp.bigquery.dataset", "gcp.dns.managed_zone",
            "gcp.container.cluster", "gcp.logging.sink", "gcp.logging.metric", "gcp.monitoring.alert_policy",
            "gcp.dns.policy", "gcp.serviceusage.service", "gcp.apikeys.key", "gcp.secretmanager.secret", "gcp.pubsub.topic",
            "gcp.run.service", "gcp.functions.function",
            "azure.resources.subscription", "azure.authorization.role_assignment",
            "azure.authorization.role_definition", "azure.network.nsg", "azure.network.vnet", "azure.storage.account",
            "azure.keyvault.vault", "azure.sql.server",
            "azure.appservice.webapp", "azure.compute.vm", "azure.aks.cluster", "azure.postgresql.flexible_server",
            "azure.mysql.flexible_server", "azure.cosmosdb.account", "azure.entra.tenant", "azure.entra.user");

    private ResourceTypes() {
    }

    public static boolean known(String type) {
        return COLLECTED.contains(type) || ACCOUNTS.contains(type);
    }

    /** The known types of {@code type}'s provider, for an error message. */
    public static Set<String> ofProviderOf(String type) {
        String provider = type.contains(".") ? type.substring(0, type.indexOf('.') + 1) : "";
        Set<String> out = new TreeSet<>();
        COLLECTED.stream().filter(t -> t.startsWith(provider)).forEach(out::add);
        ACCOUNTS.stream().filter(t -> t.startsWith(provider)).forEach(out::add);
        return out.isEmpty() ? new TreeSet<>(COLLECTED) : out;
    }
}
