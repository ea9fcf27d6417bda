package dev.vigil.collect.aws;

import static dev.vigil.collect.aws.AwsServices.S3;

import com.fasterxml.jackson.databind.node.TextNode;
import dev.vigil.collect.engine.Detail;
import dev.vigil.collect.engine.Extract;
import dev.vigil.collect.engine.Operation;
import dev.vigil.collect.engine.ResourceSpec;
import dev.vigil.collect.engine.ResourceSpec.Uid;
import dev.vigil.collect.engine.Scope;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetBucketLocationResponse;

/** S3 buckets: listed once per account, detailed in each bucket's own region. */
public final class S3Specs {
    private S3Specs() {}

    private static String bucket(com.fasterxml.jackson.databind.node.ObjectNode item) {
        return Extract.text(item, "Name");
    }

    /** GetBucketLocation answers null/"" for us-east-1 and "EU" for eu-west-1. */
    static String normaliseLocation(String constraint) {
        if (constraint == null || constraint.isEmpty()) {
            return "us-east-1";
        }
        return "EU".equals(constraint) ? "eu-west-1" : constraint;
    }

    public static final ResourceSpec<S3Client> BUCKET = ResourceSpec.builder("aws.s3.bucket", S3)
            .scope(Scope.GLOBAL)
            .list(Operation.of("s3", "ListBuckets", "s3:ListAllMyBuckets"),
                    c -> c.listBucketsPaginator(r -> { }).buckets().stream())
            .prepare(Detail.of("Region", Operation.of("s3", "GetBucketLocation"),
                    (c, item) -> c.getBucketLocation(r -> r.bucket(bucket(item))),
                    response -> TextNode.valueOf(normaliseLocation(
                            ((GetBucketLocationResponse) response).locationConstraintAsString()))))
            .regionOf(item -> Extract.text(item, "Region"))
            .detail(Detail.of("ServerSideEncryptionConfiguration",
                    Operation.of("s3", "GetBucketEncryption", "s3:GetEncryptionConfiguration"),
                    (c, item) -> c.getBucketEncryption(r -> r.bucket(bucket(item))),
                    Extract.member("ServerSideEncryptionConfiguration"), "ServerSideEncryptionConfigurationNotFoundError"))
            .detail(Detail.of("PublicAccessBlockConfiguration",
                    Operation.of("s3", "GetPublicAccessBlock", "s3:GetBucketPublicAccessBlock"),
                    (c, item) -> c.getPublicAccessBlock(r -> r.bucket(bucket(item))),
                    Extract.member("PublicAccessBlockConfiguration"), "NoSuchPublicAccessBlockConfiguration"))
            .detail(Detail.of("Policy", Operation.of("s3", "GetBucketPolicy"),
                    (c, item) -> c.getBucketPolicy(r -> r.bucket(bucket(item))),
                    Extract.member("Policy"), "NoSuchBucketPolicy"))
            .detail(Detail.of("PolicyStatus", Operation.of("s3", "GetBucketPolicyStatus"),
                    (c, item) -> c.getBucketPolicyStatus(r -> r.bucket(bucket(item))),
                    Extract.member("PolicyStatus"), "NoSuchBucketPolicy"))
            .detail(Detail.of("Acl", Operation.of("s3", "GetBucketAcl"),
                    (c, item) -> c.getBucketAcl(r -> r.bucket(bucket(item))), Extract.members("Owner", "Grants")))
            .detail(Detail.of("Versioning", Operation.of("s3", "GetBucketVersioning"),
                    (c, item) -> c.getBucketVersioning(r -> r.bucket(bucket(item))), Extract.whole()))
            .detail(Detail.of("Logging", Operation.of("s3", "GetBucketLogging"),
                    (c, item) -> c.getBucketLogging(r -> r.bucket(bucket(item))), Extract.whole()))
            .detail(Detail.of("TagSet", Operation.of("s3", "GetBucketTagging"),
                    (c, item) -> c.getBucketTagging(r -> r.bucket(bucket(item))), Extract.member("TagSet"),
                    "NoSuchTagSet"))
            .id("Name").name("Name").tags("TagSet")
            .uid(Uid.template("arn:aws:s3:::{id}"))
            .build();
}
