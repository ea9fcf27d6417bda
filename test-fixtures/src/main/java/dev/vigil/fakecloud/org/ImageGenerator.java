package dev.vigil.fakecloud.org;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The home region's AMIs and EBS snapshots. Clean in every account: a private golden AMI on an encrypted snapshot, an
 * encrypted private backup snapshot and an encrypted snapshot shared with one other account of the organization (the
 * twin of a public one). Plants: a public AMI (public AMIs cannot have encrypted snapshots, so its root snapshot is
 * unencrypted too), a public unencrypted snapshot, a private unencrypted snapshot.
 */
final class ImageGenerator {
    private final AccountContext ctx;
    private final String region;
    private final String keyArn;
    private final List<MachineImage> images = new ArrayList<>();
    private final List<EbsSnapshot> snapshots = new ArrayList<>();

    ImageGenerator(AccountContext ctx, String region, String keyArn) {
        this.ctx = ctx;
        this.region = region;
        this.keyArn = keyArn;
    }

    ImageResources generate() {
        image("app-golden", false, keyArn);
        snapshot("app-backup", true, false, List.of());
        snapshot("partner-copy", true, false, List.of(partnerAccount()));
        if (ctx.has(Plant.AMI_PUBLIC)) {
            image("public-base", true, null);
        }
        if (ctx.has(Plant.EBS_SNAPSHOT_PUBLIC)) {
            snapshot("public-dataset", false, true, List.of());
        }
        if (ctx.has(Plant.EBS_SNAPSHOT_UNENCRYPTED)) {
            snapshot("scratch-copy", false, false, List.of());
        }
        for (MachineImage image : images) {
            if (image.isPublic()) {
                ctx.found(Plant.AMI_PUBLIC, "arn:aws:ec2:" + region + "::image/" + image.id());
            }
        }
        for (EbsSnapshot snapshot : snapshots) {
            String uid = "arn:aws:ec2:" + region + "::snapshot/" + snapshot.id();
            if (snapshot.isPublic()) {
                ctx.found(Plant.EBS_SNAPSHOT_PUBLIC, uid);
            }
            if (!snapshot.encrypted()) {
                ctx.found(Plant.EBS_SNAPSHOT_UNENCRYPTED, uid);
            }
        }
        return new ImageResources(List.copyOf(images), List.copyOf(snapshots));
    }

    private void image(String name, boolean isPublic, String rootKey) {
        String id = ctx.ids().ec2("ami");
        EbsSnapshot root = snapshot(null, rootKey != null, false, List.of(), "Created by CreateImage(" + ctx.ids()
                .ec2("i") + ") for " + id);
        images.add(new MachineImage(id, name, isPublic, root.id(), root.sizeGiB(), ctx.daysAgo(90),
                withName(ctx.requiredTags("images"), name)));
    }

    private EbsSnapshot snapshot(String name, boolean encrypted, boolean isPublic, List<String> sharedWith) {
        return snapshot(name, encrypted, isPublic, sharedWith, name + " snapshot");
    }

    private EbsSnapshot snapshot(String name, boolean encrypted, boolean isPublic, List<String> sharedWith,
            String description) {
        Map<String, String> tags = ctx.requiredTags("backup");
        EbsSnapshot s = new EbsSnapshot(ctx.ids().ec2("snap"), ctx.ids().ec2("vol"), 8, encrypted,
                encrypted ? keyArn : null, isPublic, sharedWith, description, ctx.daysAgo(60),
                name == null ? tags : withName(tags, name));
        snapshots.add(s);
        return s;
    }

    private String partnerAccount() {
        return ctx.orgAccountIds().stream().filter(id -> !id.equals(ctx.accountId())).findFirst()
                .orElse("210987654321");
    }

    private static Map<String, String> withName(Map<String, String> tags, String name) {
        java.util.LinkedHashMap<String, String> copy = new java.util.LinkedHashMap<>(tags);
        copy.put("Name", name);
        return copy;
    }
}
