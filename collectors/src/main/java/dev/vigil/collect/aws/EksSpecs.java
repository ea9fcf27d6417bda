package dev.vigil.collect.aws;

import static dev.vigil.collect.aws.AwsServices.EKS;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.collect.engine.Detail;
import dev.vigil.collect.engine.Extract;
import dev.vigil.collect.engine.Operation;
import dev.vigil.collect.engine.ResourceSpec;
import dev.vigil.collect.engine.ResourceSpec.Uid;
import software.amazon.awssdk.services.eks.EksClient;
import software.amazon.awssdk.services.eks.model.Cluster;

/**
 * EKS clusters, per region: ListClusters names them, DescribeCluster (before the record is kept, as KMS's
 * DescribeKey) gives the endpoint access, logging, encryption and version. The certificate authority is dropped.
 */
public final class EksSpecs {
    private EksSpecs() {}

    public static final ResourceSpec<EksClient> CLUSTER = ResourceSpec.builder("aws.eks.cluster", EKS)
            .list(Operation.of("eks", "ListClusters"), c -> c.listClustersPaginator(r -> r.maxResults(100)).clusters()
                    .stream().map(name -> Cluster.builder().name(name).build()))
            .prepare(Detail.merge(Operation.of("eks", "DescribeCluster"),
                    (c, item) -> c.describeCluster(r -> r.name(Extract.text(item, "name"))),
                    response -> {
                        JsonNode cluster = Extract.member("cluster").apply(response);
                        if (cluster instanceof ObjectNode object) {
                            object.remove("certificateAuthority");
                        }
                        return cluster;
                    }))
            .id("name").name("name").tags("tags")
            .uid((account, region, id, item) -> item.hasNonNull("arn") ? item.get("arn").asText()
                    : "arn:aws:eks:" + region + ":" + account + ":cluster/" + id)
            .build();
}
