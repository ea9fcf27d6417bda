package dev.vigil.fakecloud.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.fakecloud.org.AccountResources;
import dev.vigil.fakecloud.org.ImageResources;
import dev.vigil.fakecloud.org.Plant;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.CreateVolumePermission;
import software.amazon.awssdk.services.ec2.model.Ec2Exception;
import software.amazon.awssdk.services.ec2.model.Image;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.InstanceStateName;
import software.amazon.awssdk.services.ec2.model.PermissionGroup;
import software.amazon.awssdk.services.ec2.model.Snapshot;
import software.amazon.awssdk.services.ec2.model.SnapshotAttributeName;
import software.amazon.awssdk.services.ec2.model.VolumeState;

/** AMIs, EBS snapshots and their createVolumePermission, stopped instances and unattached volumes via the SDK. */
class Ec2ImageWireTest extends WireTestBase {

    private Ec2Client ec2(String accountId) {
        return clients.build(Ec2Client.builder(), assume(accountId), org.regions().get(0));
    }

    /** AMI and snapshot ARNs carry no account id, so {@link #plantedWith} cannot find their account. */
    private static AccountResources withImages(java.util.function.Predicate<ImageResources> planted) {
        return org.accounts().stream().filter(a -> a.active() && !a.id().equals(org.managementAccountId()))
                .map(a -> org.resources(a.id()).orElseThrow())
                .filter(r -> planted.test(r.region(org.regions().get(0)).images())).findFirst()
                .orElseThrow(() -> new AssertionError("no account with such images"));
    }

    @Test
    void ownImagesOnlyWithOwnerSelf() {
        AccountResources r = withImages(m -> m.images().stream().anyMatch(i -> i.isPublic()));
        Ec2Client ec2 = ec2(r.accountId());
        List<Image> own = ec2.describeImagesPaginator(b -> b.owners("self").maxResults(6)).images().stream().toList();
        assertThat(own).hasSize(r.region(org.regions().get(0)).images().images().size()).hasSize(2)
                .allSatisfy(i -> assertThat(i.ownerId()).isEqualTo(r.accountId()));
        Image pub = own.stream().filter(Image::publicLaunchPermissions).findFirst().orElseThrow();
        assertThat(pub.name()).isEqualTo("public-base");
        assertThat(pub.blockDeviceMappings().get(0).ebs().encrypted()).isFalse();
        assertThat(pub.blockDeviceMappings().get(0).ebs().snapshotId()).startsWith("snap-");
        assertThat(pub.creationDate()).endsWith("Z");
        assertThat(own).filteredOn(i -> !i.publicLaunchPermissions()).singleElement()
                .satisfies(i -> assertThat(i.tags()).isNotEmpty());
        List<Image> all = ec2.describeImagesPaginator().images().stream().toList();
        assertThat(all).hasSize(3).anySatisfy(i -> {
            assertThat(i.imageOwnerAlias()).isEqualTo("amazon");
            assertThat(i.ownerId()).isNotEqualTo(r.accountId());
        });
        assertThatThrownBy(() -> ec2.describeImages(b -> b.owners("self").maxResults(5))).isInstanceOf(Ec2Exception.class);
    }

    @Test
    void snapshotsAndCreateVolumePermission() {
        AccountResources r = withImages(m -> m.snapshots().stream().anyMatch(s -> s.isPublic()));
        ImageResources model = r.region(org.regions().get(0)).images();
        Ec2Client ec2 = ec2(r.accountId());
        List<Snapshot> own = ec2.describeSnapshotsPaginator(b -> b.ownerIds("self").maxResults(5)).snapshots().stream()
                .toList();
        assertThat(own).hasSize(model.snapshots().size());
        assertThat(ec2.describeSnapshotsPaginator().snapshots().stream().toList()).hasSize(own.size() + 1)
                .anySatisfy(s -> assertThat(s.ownerAlias()).isEqualTo("amazon"));
        Snapshot dataset = own.stream().filter(s -> s.tags().stream().anyMatch(t -> t.value().equals("public-dataset")))
                .findFirst().orElseThrow();
        assertThat(dataset.encrypted()).isFalse();
        assertThat(dataset.kmsKeyId()).isNull();
        List<CreateVolumePermission> perms = ec2.describeSnapshotAttribute(b -> b.snapshotId(dataset.snapshotId())
                .attribute(SnapshotAttributeName.CREATE_VOLUME_PERMISSION)).createVolumePermissions();
        assertThat(perms).singleElement().satisfies(p -> assertThat(p.group()).isEqualTo(PermissionGroup.ALL));
        Snapshot partner = own.stream().filter(s -> s.tags().stream().anyMatch(t -> t.value().equals("partner-copy")))
                .findFirst().orElseThrow();
        assertThat(partner.encrypted()).isTrue();
        assertThat(partner.kmsKeyId()).startsWith("arn:aws:kms:");
        assertThat(ec2.describeSnapshotAttribute(b -> b.snapshotId(partner.snapshotId())
                .attribute(SnapshotAttributeName.CREATE_VOLUME_PERMISSION)).createVolumePermissions())
                .singleElement().satisfies(p -> {
                    assertThat(p.group()).isNull();
                    assertThat(p.userId()).matches("[0-9]{12}").isNotEqualTo(r.accountId());
                });
        assertThatThrownBy(() -> ec2.describeSnapshotAttribute(b -> b.snapshotId("snap-0000000000000000")
                .attribute(SnapshotAttributeName.CREATE_VOLUME_PERMISSION))).isInstanceOfSatisfying(Ec2Exception.class,
                        e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidSnapshot.NotFound"));
    }

    @Test
    void stoppedInstancesCarryTheirStopTimeInTheReason() {
        AccountResources r = plantedWith(Plant.INSTANCE_STOPPED_LONG);
        List<Instance> stopped = ec2(r.accountId()).describeInstancesPaginator().reservations().stream()
                .flatMap(res -> res.instances().stream()).filter(i -> i.state().name() == InstanceStateName.STOPPED)
                .toList();
        assertThat(stopped).hasSize(2).allSatisfy(i -> {
            assertThat(i.state().code()).isEqualTo(80);
            assertThat(i.stateTransitionReason()).matches("User initiated \\(\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d GMT\\)");
            assertThat(i.stateReason().code()).isEqualTo("Client.UserInitiatedShutdown");
            assertThat(i.publicIpAddress()).isNull();
        });
        String expected = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(java.time.ZoneOffset.UTC)
                .format(org.generatedAt().minus(Duration.ofDays(45)));
        assertThat(stopped).anySatisfy(i -> assertThat(i.stateTransitionReason()).contains(expected));
        var filtered = ec2(r.accountId()).describeInstances(b -> b.filters(f -> f.name("instance-state-name")
                .values("stopped"))).reservations();
        assertThat(filtered).hasSize(2);
    }

    @Test
    void onlyThePlantedVolumeIsAvailable() {
        AccountResources r = plantedWith(Plant.VOLUME_UNATTACHED);
        var available = ec2(r.accountId()).describeVolumesPaginator().volumes().stream()
                .filter(v -> v.state() == VolumeState.AVAILABLE).toList();
        assertThat(available).singleElement().satisfies(v -> {
            assertThat(v.attachments()).isEmpty();
            assertThat(v.encrypted()).isTrue();
        });
    }
}
