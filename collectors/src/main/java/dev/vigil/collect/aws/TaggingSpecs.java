package dev.vigil.collect.aws;

import static dev.vigil.collect.aws.AwsServices.TAGGING;

import dev.vigil.collect.engine.Operation;
import dev.vigil.collect.engine.ResourceSpec;
import dev.vigil.collect.engine.ResourceSpec.Uid;
import software.amazon.awssdk.services.resourcegroupstaggingapi.ResourceGroupsTaggingApiClient;

/** Every tagged resource the Resource Groups Tagging API knows, per region. */
public final class TaggingSpecs {
    private TaggingSpecs() {}

    public static final ResourceSpec<ResourceGroupsTaggingApiClient> RESOURCE = ResourceSpec
            .builder("aws.tagging.resource", TAGGING)
            .list(Operation.of("tagging", "GetResources"),
                    c -> c.getResourcesPaginator(r -> r.resourcesPerPage(100)).resourceTagMappingList().stream())
            .id("ResourceARN").tags("Tags")
            .uid(Uid.field("ResourceARN"))
            .build();
}
