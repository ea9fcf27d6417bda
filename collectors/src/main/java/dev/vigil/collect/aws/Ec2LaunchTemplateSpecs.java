package dev.vigil.collect.aws;

import static dev.vigil.collect.aws.AwsServices.EC2;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.collect.engine.Detail;
import dev.vigil.collect.engine.Extract;
import dev.vigil.collect.engine.Operation;
import dev.vigil.collect.engine.Redaction;
import dev.vigil.collect.engine.ResourceSpec;
import dev.vigil.collect.engine.ResourceSpec.Uid;
import dev.vigil.collect.engine.SdkJson;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.DescribeLaunchTemplateVersionsResponse;

/**
 * EC2 launch templates with their default version ({@code $Default}: what an Auto Scaling group or a launch without
 * a version number gets). The version's user data never reaches the snapshot: it becomes {@code {present, sha256}}.
 */
public final class Ec2LaunchTemplateSpecs {
    private Ec2LaunchTemplateSpecs() {}

    /** The one version the $Default call answers with, its {@code LaunchTemplateData.UserData} fingerprinted. */
    static JsonNode defaultVersion(SdkPojo response) {
        var versions = ((DescribeLaunchTemplateVersionsResponse) response).launchTemplateVersions();
        if (versions.isEmpty()) {
            return NullNode.getInstance();
        }
        ObjectNode version = SdkJson.toJson(versions.get(0));
        JsonNode data = version.get("LaunchTemplateData");
        if (data instanceof ObjectNode d && d.has("UserData")) {
            d.set("UserData", Redaction.fingerprint(d.get("UserData")));
        }
        return version;
    }

    public static final ResourceSpec<Ec2Client> LAUNCH_TEMPLATE = ResourceSpec.builder("aws.ec2.launch_template", EC2)
            .list(Operation.of("ec2", "DescribeLaunchTemplates"),
                    c -> c.describeLaunchTemplatesPaginator(r -> r.maxResults(200)).launchTemplates().stream())
            .detail(Detail.of("DefaultVersion", Operation.of("ec2", "DescribeLaunchTemplateVersions"),
                    (c, item) -> c.describeLaunchTemplateVersions(r -> r
                            .launchTemplateId(Extract.text(item, "LaunchTemplateId")).versions("$Default")),
                    Ec2LaunchTemplateSpecs::defaultVersion))
            .id("LaunchTemplateId").name("LaunchTemplateName").tags("Tags")
            .uid(Uid.template("arn:aws:ec2:{region}:{account}:launch-template/{id}"))
            .build();
}
