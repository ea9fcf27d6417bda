package dev.vigil.fakecloud.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.fakecloud.org.AccountResources;
import dev.vigil.fakecloud.org.EfsFileSystem;
import dev.vigil.fakecloud.org.Plant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.efs.EfsClient;
import software.amazon.awssdk.services.efs.model.EfsException;
import software.amazon.awssdk.services.efs.model.FileSystemDescription;
import software.amazon.awssdk.services.efs.model.FileSystemNotFoundException;
import software.amazon.awssdk.services.efs.model.PolicyNotFoundException;
import software.amazon.awssdk.services.efs.model.Status;

/** The SDK's EFS client (REST-JSON) against the fake: paging, backup and file system policies, errors. */
class EfsWireTest extends WireTestBase {

    private static String home(AccountResources r) {
        return r.regions().entrySet().stream().filter(e -> !e.getValue().dataStores().fileSystems().isEmpty())
                .map(Map.Entry::getKey).findFirst().orElseThrow();
    }

    private static EfsClient client(AccountResources r) {
        return clients.build(EfsClient.builder(), assume(r.accountId()), home(r));
    }

    private static EfsFileSystem named(AccountResources r, String name) {
        return r.region(home(r)).dataStores().fileSystems().stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow();
    }

    @Test
    void pagesThroughEveryFileSystem() {
        AccountResources r = plantedWith(Plant.EFS_UNENCRYPTED);
        List<FileSystemDescription> all = client(r).describeFileSystemsPaginator(b -> b.maxItems(1)).fileSystems()
                .stream().toList();
        assertThat(all).extracting(FileSystemDescription::fileSystemId).containsExactlyInAnyOrderElementsOf(
                r.region(home(r)).dataStores().fileSystems().stream().map(EfsFileSystem::id).toList());
        assertThat(all).hasSizeGreaterThan(1);
        FileSystemDescription scratch = all.stream().filter(f -> f.name().equals("scratch")).findFirst().orElseThrow();
        assertThat(scratch.encrypted()).isFalse();
        assertThat(scratch.kmsKeyId()).isNull();
        FileSystemDescription shared = all.stream().filter(f -> f.name().equals("shared")).findFirst().orElseThrow();
        assertThat(shared.encrypted()).isTrue();
        assertThat(shared.fileSystemArn()).isEqualTo(named(r, "shared").arn(home(r), r.accountId()));
        assertThat(shared.tags()).anyMatch(t -> t.key().equals("cost-center"));
    }

    @Test
    void backupAndFileSystemPolicies() {
        AccountResources r = plantedWith(Plant.EFS_NO_POLICY);
        EfsClient efs = client(r);
        String shared = named(r, "shared").id();
        assertThat(efs.describeBackupPolicy(b -> b.fileSystemId(shared)).backupPolicy().status())
                .isEqualTo(Status.ENABLED);
        assertThat(efs.describeFileSystemPolicy(b -> b.fileSystemId(shared)).policy())
                .contains("elasticfilesystem:AccessedViaMountTarget");
        String legacy = named(r, "legacy").id();
        assertThatThrownBy(() -> efs.describeFileSystemPolicy(b -> b.fileSystemId(legacy)))
                .isInstanceOf(PolicyNotFoundException.class);

        // EFS_NO_POLICY and EFS_PUBLIC_POLICY fail the same check: find the account holding the "open" file system
        AccountResources open = org.accounts().stream().filter(a -> a.active())
                .flatMap(a -> org.resources(a.id()).stream())
                .filter(a -> a.regions().values().stream().anyMatch(rr -> rr.dataStores().fileSystems().stream()
                        .anyMatch(f -> f.name().equals("open"))))
                .findFirst().orElseThrow(() -> new AssertionError("no account planted with " + Plant.EFS_PUBLIC_POLICY));
        assertThat(client(open).describeFileSystemPolicy(b -> b.fileSystemId(named(open, "open").id())).policy())
                .contains("\"Sid\":\"AnyClient\"").contains("ClientRootAccess");

        AccountResources noBackup = plantedWith(Plant.EFS_NO_BACKUP);
        String media = named(noBackup, "media").id();
        if (named(noBackup, "media").backupStatus() == null) {
            assertThatThrownBy(() -> client(noBackup).describeBackupPolicy(b -> b.fileSystemId(media)))
                    .isInstanceOf(PolicyNotFoundException.class);
        } else {
            assertThat(client(noBackup).describeBackupPolicy(b -> b.fileSystemId(media)).backupPolicy().status())
                    .isEqualTo(Status.DISABLED);
        }
    }

    @Test
    void unknownFileSystemsAndWritesAreRefused() {
        AccountResources r = plantedWith(Plant.EFS_UNENCRYPTED);
        EfsClient efs = client(r);
        assertThatThrownBy(() -> efs.describeBackupPolicy(b -> b.fileSystemId("fs-0123456789abcdef0")))
                .isInstanceOf(FileSystemNotFoundException.class);
        assertThatThrownBy(() -> efs.deleteFileSystem(b -> b.fileSystemId(named(r, "shared").id())))
                .isInstanceOfSatisfying(EfsException.class,
                        e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDeniedException"));
        assertThat(cloud.calls().mutatingCalls()).anyMatch(c -> c.startsWith("elasticfilesystem:DeleteFileSystem"));
    }
}
