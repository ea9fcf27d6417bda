package dev.vigil.fakecloud.aws;

import dev.vigil.fakecloud.FakeCloudOptions;
import dev.vigil.fakecloud.org.EbsSnapshot;
import dev.vigil.fakecloud.org.ImageResources;
import dev.vigil.fakecloud.org.MachineImage;
import dev.vigil.fakecloud.org.RegionResources;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * EC2's AMI and EBS snapshot reads, in EC2's Query dialect. As in AWS, DescribeImages and DescribeSnapshots without an
 * owner also answer with other owners' public images and snapshots: a collector must ask for {@code Owner=self}.
 */
final class Ec2ImageOperations {
    static final Set<String> OPERATIONS = Set.of("DescribeImages", "DescribeSnapshots", "DescribeSnapshotAttribute");
    /** Amazon's account that owns the public Amazon Linux images and snapshots. */
    static final String AMAZON = "137112412989";
    private static final MachineImage AMAZON_IMAGE = new MachineImage("ami-0a1b2c3d4e5f60718",
            "al2023-ami-2023.6.20261201.0-kernel-6.1-x86_64", true, "snap-0a1b2c3d4e5f60718", 8,
            Instant.parse("2026-12-01T00:00:00Z"), Map.of());
    private static final EbsSnapshot AMAZON_SNAPSHOT = new EbsSnapshot("snap-0a1b2c3d4e5f60718", "vol-ffffffff", 8,
            false, null, true, List.of(), "Amazon Linux 2023 root", Instant.parse("2026-12-01T00:00:00Z"), Map.of());

    private final Ec2Protocol protocol;
    private final FakeCloudOptions options;

    Ec2ImageOperations(Ec2Protocol protocol, FakeCloudOptions options) {
        this.protocol = protocol;
        this.options = options;
    }

    AwsResponse handle(AwsRequest request, String operation, RegionResources region) {
        ImageResources r = region == null || region.images() == null ? ImageResources.NONE : region.images();
        Map<String, String> form = request.form();
        String account = request.accountId();
        return switch (operation) {
            case "DescribeImages" -> {
                List<MachineImage> images = owned(form, account, r.images(), AMAZON_IMAGE);
                yield paged(request, operation, "imagesSet", 6, new Ec2Filters(form, "ImageId", "image-id")
                        .apply(images, i -> Map.of("image-id", i.id(), "is-public", String.valueOf(i.isPublic()))),
                        (x, i) -> image(x, i, i == AMAZON_IMAGE ? AMAZON : account));
            }
            case "DescribeSnapshots" -> {
                List<EbsSnapshot> snapshots = owned(form, account, r.snapshots(), AMAZON_SNAPSHOT);
                yield paged(request, operation, "snapshotSet", 5, new Ec2Filters(form, "SnapshotId", "snapshot-id")
                        .apply(snapshots, s -> Map.of("snapshot-id", s.id(), "encrypted", String.valueOf(s.encrypted()))),
                        (x, s) -> snapshot(x, s, s == AMAZON_SNAPSHOT ? AMAZON : account));
            }
            case "DescribeSnapshotAttribute" -> attribute(request, r);
            default -> throw new AwsError(400, "InvalidAction", "The action " + operation + " is not valid for this web service.");
        };
    }

    /** {@code Owner.N} (self, an account id, amazon); without it, the account's own items and others' public ones. */
    private static <T> List<T> owned(Map<String, String> form, String account, List<T> own, T foreignPublic) {
        Set<String> owners = new HashSet<>();
        form.forEach((k, v) -> {
            if (k.startsWith("Owner.")) {
                owners.add(v);
            }
        });
        List<T> out = new ArrayList<>();
        if (owners.isEmpty() || owners.contains("self") || owners.contains(account)) {
            out.addAll(own);
        }
        if (owners.isEmpty() || owners.contains("amazon") || owners.contains(AMAZON)) {
            out.add(foreignPublic);
        }
        return out;
    }

    private AwsResponse attribute(AwsRequest request, ImageResources r) {
        String id = request.form().get("SnapshotId");
        String attribute = request.form().get("Attribute");
        if (id == null || attribute == null) {
            throw new AwsError(400, "MissingParameter", "The request must contain the parameter "
                    + (id == null ? "SnapshotId" : "Attribute"));
        }
        if (!attribute.equals("createVolumePermission") && !attribute.equals("productCodes")) {
            throw new AwsError(400, "InvalidParameterValue", "Value (" + attribute + ") for parameter attribute is invalid.");
        }
        EbsSnapshot s = r.snapshots().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow(
                () -> new AwsError(400, "InvalidSnapshot.NotFound", "The snapshot '" + id + "' does not exist."));
        return protocol.respond("DescribeSnapshotAttribute", request.requestId(), x -> {
            x.leaf("snapshotId", s.id());
            if (attribute.equals("productCodes")) {
                x.empty("productCodes");
                return;
            }
            x.start("createVolumePermission");
            if (s.isPublic()) {
                x.start("item").leaf("group", "all").end();
            }
            s.sharedWith().forEach(a -> x.start("item").leaf("userId", a).end());
            x.end();
        });
    }

    private <T> AwsResponse paged(AwsRequest request, String operation, String listName, int min, List<T> items,
            BiConsumer<XmlWriter, T> item) {
        Integer max = Page.intParam(request.form().get("MaxResults"));
        if (max != null && (max < min || max > 1000)) {
            throw new AwsError(400, "InvalidParameterValue", "Value ( " + max + " ) for parameter maxResults is invalid.");
        }
        Page<T> page = Page.of(items, request.form().get("NextToken"), max, options.maxPageSize(), "InvalidNextToken");
        return protocol.respond(operation, request.requestId(), x -> {
            x.start(listName);
            page.items().forEach(i -> item.accept(x, i));
            x.end().leaf("nextToken", page.next());
        });
    }

    private static void image(XmlWriter x, MachineImage i, String owner) {
        x.start("item").leaf("imageId", i.id()).leaf("imageLocation", owner + "/" + i.name()).leaf("imageState", "available")
                .leaf("imageOwnerId", owner).leaf("creationDate", i.created()).leaf("isPublic", i.isPublic())
                .leaf("architecture", "x86_64").leaf("imageType", "machine").leaf("name", i.name())
                .leaf("rootDeviceType", "ebs").leaf("rootDeviceName", "/dev/xvda").start("blockDeviceMapping")
                .start("item").leaf("deviceName", "/dev/xvda").start("ebs").leaf("snapshotId", i.snapshotId())
                .leaf("volumeSize", i.sizeGiB()).leaf("deleteOnTermination", true).leaf("volumeType", "gp3")
                .leaf("encrypted", !i.isPublic() && !owner.equals(AMAZON)).end().end().end()
                .leaf("virtualizationType", "hvm").leaf("hypervisor", "xen").leaf("enaSupport", true)
                .leaf("imdsSupport", "v2.0");
        if (owner.equals(AMAZON)) {
            x.leaf("imageOwnerAlias", "amazon");
        }
        tags(x, i.tags());
        x.end();
    }

    private static void snapshot(XmlWriter x, EbsSnapshot s, String owner) {
        x.start("item").leaf("snapshotId", s.id()).leaf("volumeId", s.volumeId()).leaf("status", "completed")
                .leaf("startTime", s.started()).leaf("progress", "100%").leaf("ownerId", owner)
                .leaf("volumeSize", s.sizeGiB()).leaf("description", s.description()).leaf("encrypted", s.encrypted())
                .leaf("kmsKeyId", s.kmsKeyArn()).leaf("storageTier", "standard");
        if (owner.equals(AMAZON)) {
            x.leaf("ownerAlias", "amazon");
        }
        tags(x, s.tags());
        x.end();
    }

    private static void tags(XmlWriter x, Map<String, String> tags) {
        x.start("tagSet");
        tags.forEach((k, v) -> x.start("item").leaf("key", k).leaf("value", v).end());
        x.end();
    }
}
