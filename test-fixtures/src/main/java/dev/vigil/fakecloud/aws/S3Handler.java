package dev.vigil.fakecloud.aws;

import dev.vigil.fakecloud.FakeCloudOptions;
import dev.vigil.fakecloud.org.AccountResources;
import dev.vigil.fakecloud.org.Bucket;
import dev.vigil.fakecloud.org.SyntheticOrg;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Amazon S3 (REST-XML, path-style): bucket listing and the bucket configuration reads. */
public final class S3Handler implements ServiceHandler {
    private static final String NS = "xmlns=\"" + RestXmlProtocol.S3_NAMESPACE + "\"";
    private static final String ALL_USERS = "http://acs.amazonaws.com/groups/global/AllUsers";

    private final SyntheticOrg org;
    private final FakeCloudOptions options;
    private final Map<String, Bucket> buckets = new HashMap<>();
    private final Map<String, String> owners = new HashMap<>();

    public S3Handler(SyntheticOrg org, FakeCloudOptions options) {
        this.org = org;
        this.options = options;
        org.accounts().forEach(a -> org.resources(a.id()).ifPresent(r -> r.buckets().forEach(b -> {
            buckets.put(b.name(), b);
            owners.put(b.name(), a.id());
        })));
    }

    @Override
    public Set<String> readOperations() {
        return Set.of("ListBuckets", "HeadBucket", "GetBucketLocation", "GetBucketEncryption", "GetPublicAccessBlock",
                "GetBucketPolicy", "GetBucketPolicyStatus", "GetBucketAcl", "GetBucketVersioning", "GetBucketLogging",
                "GetBucketTagging");
    }

    static String canonicalId(String accountId) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(accountId.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public AwsResponse handle(AwsRequest request, String operation) {
        if (operation.equals("ListBuckets")) {
            return listBuckets(request);
        }
        Bucket b = bucket(request);
        XmlWriter x = new XmlWriter();
        switch (operation) {
            case "HeadBucket" -> {
                return new AwsResponse(200, "application/xml", Map.of("x-amz-bucket-region", b.region()), new byte[0]);
            }
            case "GetBucketLocation" -> x.leafWith("LocationConstraint", NS,
                    b.region().equals("us-east-1") ? "" : b.region());
            case "GetBucketEncryption" -> encryption(x, b);
            case "GetPublicAccessBlock" -> S3Control.publicAccessBlock(x, b.publicAccessBlock(), NS,
                    "The public access block configuration was not found");
            case "GetBucketPolicy" -> {
                return AwsResponse.of(200, "application/json", policy(b));
            }
            case "GetBucketPolicyStatus" -> {
                policy(b);
                x.startWith("PolicyStatus", NS).leaf("IsPublic", b.policyPublic()).end();
            }
            case "GetBucketAcl" -> acl(x, b, owners.get(b.name()));
            case "GetBucketVersioning" -> {
                x.startWith("VersioningConfiguration", NS);
                if (b.versioning() != null) {
                    x.leaf("Status", b.versioning()).leaf("MfaDelete", b.mfaDelete() ? "Enabled" : "Disabled");
                }
                x.end();
            }
            case "GetBucketLogging" -> {
                x.startWith("BucketLoggingStatus", NS);
                if (b.loggingTarget() != null) {
                    x.start("LoggingEnabled").leaf("TargetBucket", b.loggingTarget())
                            .leaf("TargetPrefix", "access/" + b.name() + "/").end();
                }
                x.end();
            }
            case "GetBucketTagging" -> {
                if (b.tags().isEmpty()) {
                    throw new AwsError(404, "NoSuchTagSet", "The TagSet does not exist");
                }
                x.startWith("Tagging", NS).start("TagSet");
                b.tags().forEach((k, v) -> x.start("Tag").leaf("Key", k).leaf("Value", v).end());
                x.end().end();
            }
            default -> throw new AwsError(501, "NotImplemented", operation + " is not served by the fake cloud");
        }
        return AwsResponse.of(200, "application/xml", x.toString());
    }

    private Bucket bucket(AwsRequest request) {
        String name = S3Operations.bucket(request);
        Bucket b = name == null ? null : buckets.get(name);
        if (b == null) {
            throw new AwsError(404, "NoSuchBucket", "The specified bucket does not exist");
        }
        if (!owners.get(name).equals(request.accountId())) {
            throw new AwsError(403, "AccessDenied", "Access Denied");
        }
        return b;
    }

    private AwsResponse listBuckets(AwsRequest request) {
        List<Bucket> mine = org.resources(request.accountId()).map(AccountResources::buckets).orElse(List.of());
        String max = request.query().get("max-buckets");
        Page<Bucket> page = max == null ? new Page<>(mine, null)
                : Page.of(mine, request.query().get("continuation-token"), Page.intParam(max), options.maxPageSize(),
                        "InvalidArgument");
        XmlWriter x = new XmlWriter();
        x.startWith("ListAllMyBucketsResult", NS).start("Owner").leaf("ID", canonicalId(request.accountId()))
                .leaf("DisplayName", "owner-" + request.accountId()).end().start("Buckets");
        page.items().forEach(b -> x.start("Bucket").leaf("Name", b.name()).leaf("CreationDate", b.created())
                .leaf("BucketRegion", b.region()).end());
        x.end().leaf("ContinuationToken", page.next()).end();
        return AwsResponse.of(200, "application/xml", x.toString());
    }

    private static void encryption(XmlWriter x, Bucket b) {
        if (b.sseAlgorithm() == null) {
            throw new AwsError(404, "ServerSideEncryptionConfigurationNotFoundError",
                    "The server side encryption configuration was not found");
        }
        x.startWith("ServerSideEncryptionConfiguration", NS).start("Rule").start("ApplyServerSideEncryptionByDefault")
                .leaf("SSEAlgorithm", b.sseAlgorithm()).leaf("KMSMasterKeyID", b.sseKmsKeyArn()).end()
                .leaf("BucketKeyEnabled", b.sseKmsKeyArn() != null).end().end();
    }

    private static String policy(Bucket b) {
        if (b.policy() == null) {
            throw new AwsError(404, "NoSuchBucketPolicy", "The bucket policy does not exist");
        }
        return b.policy();
    }

    private static void acl(XmlWriter x, Bucket b, String accountId) {
        String owner = canonicalId(accountId);
        x.startWith("AccessControlPolicy", NS).start("Owner").leaf("ID", owner).leaf("DisplayName", "owner-" + accountId)
                .end().start("AccessControlList");
        x.start("Grant").startWith("Grantee", "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
                + "xsi:type=\"CanonicalUser\"").leaf("ID", owner).leaf("DisplayName", "owner-" + accountId).end()
                .leaf("Permission", "FULL_CONTROL").end();
        if (b.aclPublic()) {
            x.start("Grant").startWith("Grantee", "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
                    + "xsi:type=\"Group\"").leaf("URI", ALL_USERS).end().leaf("Permission", "READ").end();
        }
        x.end().end();
    }
}
