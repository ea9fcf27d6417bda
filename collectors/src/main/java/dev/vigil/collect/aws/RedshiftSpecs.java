package dev.vigil.collect.aws;

import static dev.vigil.collect.aws.AwsServices.REDSHIFT;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.vigil.collect.engine.Detail;
import dev.vigil.collect.engine.Extract;
import dev.vigil.collect.engine.Operation;
import dev.vigil.collect.engine.ResourceSpec;
import dev.vigil.collect.engine.ResourceSpec.Uid;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.redshift.RedshiftClient;
import software.amazon.awssdk.services.redshift.model.DescribeClusterParametersResponse;
import software.amazon.awssdk.services.redshift.model.Parameter;

/**
 * Redshift provisioned clusters with their audit logging status and the {@code require_ssl} value of their
 * (first) cluster parameter group.
 */
public final class RedshiftSpecs {
    private RedshiftSpecs() {}

    /** Every page of the group's parameters, as one response. */
    private static DescribeClusterParametersResponse parameters(RedshiftClient c, String group) {
        return DescribeClusterParametersResponse.builder().parameters(c.describeClusterParametersPaginator(
                r -> r.parameterGroupName(group).maxRecords(100)).parameters().stream().toList()).build();
    }

    /** The value of {@code require_ssl} (null when the group does not list it). */
    private static JsonNode requireSsl(SdkPojo response) {
        return ((DescribeClusterParametersResponse) response).parameters().stream()
                .filter(p -> "require_ssl".equals(p.parameterName())).map(Parameter::parameterValue)
                .findFirst().<JsonNode>map(JsonNodeFactory.instance::textNode)
                .orElse(JsonNodeFactory.instance.nullNode());
    }

    private static String parameterGroup(com.fasterxml.jackson.databind.node.ObjectNode item) {
        JsonNode groups = item.path("ClusterParameterGroups");
        return groups.isArray() && !groups.isEmpty() ? groups.get(0).path("ParameterGroupName").asText() : null;
    }

    public static final ResourceSpec<RedshiftClient> CLUSTER = ResourceSpec.builder("aws.redshift.cluster", REDSHIFT)
            .list(Operation.of("redshift", "DescribeClusters"),
                    c -> c.describeClustersPaginator(r -> r.maxRecords(100)).clusters().stream())
            .detail(Detail.of("LoggingStatus", Operation.of("redshift", "DescribeLoggingStatus"),
                    (c, item) -> c.describeLoggingStatus(r -> r.clusterIdentifier(
                            Extract.text(item, "ClusterIdentifier"))), Extract.whole()))
            .detail(Detail.of("RequireSsl", Operation.of("redshift", "DescribeClusterParameters"),
                    (c, item) -> parameters(c, parameterGroup(item)), RedshiftSpecs::requireSsl))
            .id("ClusterIdentifier").name("ClusterIdentifier").tags("Tags")
            .uid(Uid.template("arn:aws:redshift:{region}:{account}:cluster:{id}"))
            .build();
}
