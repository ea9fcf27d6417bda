package dev.vigil.collect.aws;

import static dev.vigil.collect.aws.AwsServices.EC2;

import dev.vigil.collect.engine.Detail;
import dev.vigil.collect.engine.Extract;
import dev.vigil.collect.engine.Operation;
import dev.vigil.collect.engine.ResourceSpec;
import dev.vigil.collect.engine.ResourceSpec.Uid;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.SnapshotAttributeName;

/**
 * The AMIs and EBS snapshots the account owns ({@code Owner=self}: without it EC2 also lists every public image and
 * snapshot of other owners). AMI and snapshot ARNs carry no account id, as AWS writes them.
 */
public final class Ec2ImageSpecs {
    private Ec2ImageSpecs() {}

    public static final ResourceSpec<Ec2Client> IMAGE = ResourceSpec.builder("aws.ec2.image", EC2)
            .list(Operation.of("ec2", "DescribeImages"),
                    c -> c.describeImagesPaginator(r -> r.owners("self").maxResults(1000)).images().stream())
            .id("ImageId").name("Name").tags("Tags")
            .uid(Uid.template("arn:aws:ec2:{region}::image/{id}"))
            .build();

    /** CreateVolumePermissions: DescribeSnapshotAttribute createVolumePermission ([{Group} or {UserId}]). */
    public static final ResourceSpec<Ec2Client> SNAPSHOT = ResourceSpec.builder("aws.ec2.snapshot", EC2)
            .list(Operation.of("ec2", "DescribeSnapshots"),
                    c -> c.describeSnapshotsPaginator(r -> r.ownerIds("self").maxResults(1000)).snapshots().stream())
            .detail(Detail.of("CreateVolumePermissions", Operation.of("ec2", "DescribeSnapshotAttribute"),
                    (c, item) -> c.describeSnapshotAttribute(r -> r.snapshotId(Extract.text(item, "SnapshotId"))
                            .attribute(SnapshotAttributeName.CREATE_VOLUME_PERMISSION)),
                    Extract.member("CreateVolumePermissions")))
            .id("SnapshotId").nameFromTag().tags("Tags")
            .uid(Uid.template("arn:aws:ec2:{region}::snapshot/{id}"))
            .build();
}
