package dev.vigil.collect.aws;

import static dev.vigil.collect.aws.AwsServices.EFS;

import dev.vigil.collect.engine.Detail;
import dev.vigil.collect.engine.Extract;
import dev.vigil.collect.engine.Operation;
import dev.vigil.collect.engine.ResourceSpec;
import dev.vigil.collect.engine.ResourceSpec.Uid;
import software.amazon.awssdk.services.efs.EfsClient;

/**
 * EFS file systems with their backup policy and file system policy; {@code PolicyNotFound} (none set) means "not
 * configured": the key is null.
 */
public final class EfsSpecs {
    private EfsSpecs() {}

    public static final ResourceSpec<EfsClient> FILE_SYSTEM = ResourceSpec.builder("aws.efs.file_system", EFS)
            .list(Operation.of("elasticfilesystem", "DescribeFileSystems"),
                    c -> c.describeFileSystemsPaginator(r -> r.maxItems(100)).fileSystems().stream())
            .detail(Detail.of("BackupPolicy", Operation.of("elasticfilesystem", "DescribeBackupPolicy"),
                    (c, item) -> c.describeBackupPolicy(r -> r.fileSystemId(Extract.text(item, "FileSystemId"))),
                    Extract.member("BackupPolicy"), "PolicyNotFound"))
            .detail(Detail.of("Policy", Operation.of("elasticfilesystem", "DescribeFileSystemPolicy"),
                    (c, item) -> c.describeFileSystemPolicy(r -> r.fileSystemId(Extract.text(item, "FileSystemId"))),
                    Extract.member("Policy"), "PolicyNotFound"))
            .id("FileSystemId").name("Name").tags("Tags")
            .uid(Uid.field("FileSystemArn"))
            .build();
}
