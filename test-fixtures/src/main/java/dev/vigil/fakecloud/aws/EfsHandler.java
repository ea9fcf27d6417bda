package dev.vigil.fakecloud.aws;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.fakecloud.FakeCloudOptions;
import dev.vigil.fakecloud.org.AccountResources;
import dev.vigil.fakecloud.org.DataStores;
import dev.vigil.fakecloud.org.EfsFileSystem;
import dev.vigil.fakecloud.org.SyntheticOrg;
import java.util.List;
import java.util.Set;

/**
 * Amazon EFS (REST-JSON, API version 2015-02-01): DescribeFileSystems (Marker / NextMarker), DescribeBackupPolicy and
 * DescribeFileSystemPolicy ({@code PolicyNotFound} when none is set) of the caller's account and region.
 */
public final class EfsHandler implements ServiceHandler {
    private static final String ROOT = "/2015-02-01/file-systems";

    private final SyntheticOrg org;
    private final FakeCloudOptions options;

    public EfsHandler(SyntheticOrg org, FakeCloudOptions options) {
        this.org = org;
        this.options = options;
    }

    /** The operation of a request, from its method and path. */
    public static String operation(AwsRequest request) {
        String path = request.path();
        if (!path.startsWith(ROOT)) {
            return null;
        }
        String rest = path.substring(ROOT.length());
        if (rest.isEmpty() || rest.equals("/")) {
            return "GET".equals(request.method()) ? "DescribeFileSystems" : "CreateFileSystem";
        }
        String[] parts = rest.substring(1).split("/");
        if (parts.length == 1) {
            return "DELETE".equals(request.method()) ? "DeleteFileSystem" : "UpdateFileSystem";
        }
        return switch (parts[1]) {
            case "backup-policy" -> "GET".equals(request.method()) ? "DescribeBackupPolicy" : "PutBackupPolicy";
            case "policy" -> switch (request.method()) {
                case "GET" -> "DescribeFileSystemPolicy";
                case "DELETE" -> "DeleteFileSystemPolicy";
                default -> "PutFileSystemPolicy";
            };
            default -> "Unsupported" + parts[1];
        };
    }

    @Override
    public Set<String> readOperations() {
        return Set.of("DescribeFileSystems", "DescribeBackupPolicy", "DescribeFileSystemPolicy");
    }

    @Override
    public AwsResponse handle(AwsRequest request, String operation) {
        AccountResources account = org.resources(request.accountId())
                .orElseThrow(() -> new AwsError(403, "AccessDeniedException", "account " + request.accountId()
                        + " is not active"));
        DataStores stores = account.region(request.region()) == null ? DataStores.NONE
                : account.region(request.region()).dataStores();
        List<EfsFileSystem> all = stores.fileSystems();
        ObjectNode out = switch (operation) {
            case "DescribeFileSystems" -> describe(request, all);
            case "DescribeBackupPolicy" -> {
                EfsFileSystem f = find(all, request);
                if (f.backupStatus() == null) {
                    throw new AwsError(404, "PolicyNotFound", "Backup policy not found for file system " + f.id());
                }
                ObjectNode o = JsonProtocol.object();
                o.putObject("BackupPolicy").put("Status", f.backupStatus());
                yield o;
            }
            case "DescribeFileSystemPolicy" -> {
                EfsFileSystem f = find(all, request);
                if (f.policy() == null) {
                    throw new AwsError(404, "PolicyNotFound", "File System Policy for " + f.id() + " does not exist.");
                }
                yield JsonProtocol.object().put("FileSystemId", f.id()).put("Policy", f.policy());
            }
            default -> throw new AwsError(400, "BadRequest", operation);
        };
        return RestJsonProtocol.respond(out);
    }

    private ObjectNode describe(AwsRequest request, List<EfsFileSystem> all) {
        String id = request.query().get("FileSystemId");
        List<EfsFileSystem> items = all;
        if (id != null) {
            items = List.of(find(all, id));
        }
        Integer max = Page.intParam(request.query().get("MaxItems"));
        if (max != null && max < 1) {
            throw new AwsError(400, "BadRequest", "MaxItems must be at least 1");
        }
        String marker = request.query().get("Marker");
        Page<EfsFileSystem> page = Page.of(items, marker, max, options.maxPageSize(), "BadRequest");
        ObjectNode out = JsonProtocol.object();
        if (marker != null) {
            out.put("Marker", marker);
        }
        ArrayNode list = out.putArray("FileSystems");
        page.items().forEach(f -> fileSystem(list.addObject(), f, request));
        if (page.next() != null) {
            out.put("NextMarker", page.next());
        }
        return out;
    }

    private static void fileSystem(ObjectNode o, EfsFileSystem f, AwsRequest request) {
        o.put("OwnerId", request.accountId()).put("CreationToken", "vigil-" + f.name()).put("FileSystemId", f.id())
                .put("FileSystemArn", f.arn(request.region(), request.accountId()))
                .put("CreationTime", JsonProtocol.epoch(f.created())).put("LifeCycleState", "available")
                .put("Name", f.name()).put("NumberOfMountTargets", 2);
        o.putObject("SizeInBytes").put("Value", 6144);
        o.put("PerformanceMode", "generalPurpose").put("Encrypted", f.encrypted());
        if (f.kmsKeyArn() != null) {
            o.put("KmsKeyId", f.kmsKeyArn());
        }
        o.put("ThroughputMode", "elastic");
        ArrayNode tags = o.putArray("Tags");
        tags.addObject().put("Key", "Name").put("Value", f.name());
        f.tags().forEach((k, v) -> tags.addObject().put("Key", k).put("Value", v));
        o.putObject("FileSystemProtection").put("ReplicationOverwriteProtection", "ENABLED");
    }

    private static EfsFileSystem find(List<EfsFileSystem> all, AwsRequest request) {
        String[] parts = request.path().substring(ROOT.length() + 1).split("/");
        return find(all, parts[0]);
    }

    private static EfsFileSystem find(List<EfsFileSystem> all, String id) {
        return all.stream().filter(f -> f.id().equals(id) || id.endsWith(":file-system/" + f.id())).findFirst()
                .orElseThrow(() -> new AwsError(404, "FileSystemNotFound", "File system '" + id + "' does not exist."));
    }
}
