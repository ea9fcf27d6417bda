package dev.vigil.fakecloud.org;

import java.util.ArrayList;
import java.util.List;

/** Generates an account's buckets and account-level public access block. */
final class S3Generator {
    private final AccountContext ctx;
    private final String kmsKeyArn;

    S3Generator(AccountContext ctx, String kmsKeyArn) {
        this.ctx = ctx;
        this.kmsKeyArn = kmsKeyArn;
    }

    static String logBucket(String accountId) {
        return "vigil-" + accountId + "-logs";
    }

    PublicAccessBlock accountBlock() {
        if (!ctx.has(Plant.S3_ACCOUNT_NO_BLOCK)) {
            return PublicAccessBlock.ALL;
        }
        ctx.found(Plant.S3_ACCOUNT_NO_BLOCK, "arn:aws:s3::" + ctx.accountId() + ":account");
        return ctx.index() % 2 == 1 ? null : new PublicAccessBlock(true, true, false, true);
    }

    List<Bucket> buckets() {
        List<Bucket> buckets = new ArrayList<>();
        String logs = logBucket(ctx.accountId());
        Bucket logBucket = clean(logs, ctx.homeRegion(), "logs");
        if (ctx.has(Plant.TRAIL_BUCKET_NO_LOGGING)) {
            // the trails' bucket without access logging: AccountGenerator records the account-level finding
            logBucket = with(logBucket, logBucket.publicAccessBlock(), logBucket.policy(), false, false,
                    logBucket.sseAlgorithm(), logBucket.versioning(), null);
            ctx.found(Plant.BUCKET_NO_LOGGING, logBucket.arn());
        }
        buckets.add(logBucket);
        buckets.add(clean(name("data"), ctx.otherRegion(), "data"));
        plant(buckets, Plant.BUCKET_NO_BLOCK, "open-block", b -> with(b, ctx.index() % 2 == 0 ? null
                : new PublicAccessBlock(false, true, true, true), b.policy(), false, false, b.sseAlgorithm(),
                b.versioning(), b.loggingTarget()));
        plant(buckets, Plant.BUCKET_PUBLIC_POLICY, "public-site", b -> with(b, b.publicAccessBlock(),
                PolicyDocuments.bucketPublicRead(b.name()), true, false, b.sseAlgorithm(), b.versioning(),
                b.loggingTarget()));
        plant(buckets, Plant.BUCKET_PUBLIC_ACL, "public-acl", b -> with(b, b.publicAccessBlock(), b.policy(), false,
                true, b.sseAlgorithm(), b.versioning(), b.loggingTarget()));
        plant(buckets, Plant.BUCKET_NO_ENCRYPTION, "plain", b -> with(b, b.publicAccessBlock(), b.policy(), false,
                false, null, b.versioning(), b.loggingTarget()));
        plant(buckets, Plant.BUCKET_NO_VERSIONING, "unversioned", b -> with(b, b.publicAccessBlock(), b.policy(),
                false, false, b.sseAlgorithm(), ctx.index() % 2 == 0 ? null : "Suspended", b.loggingTarget()));
        if (ctx.has(Plant.BUCKET_NO_VERSIONING) && ctx.index() % 2 == 0) {
            // never versioned: GetBucketVersioning reports no MFADelete either
            ctx.found(Plant.BUCKET_NO_MFA_DELETE, "arn:aws:s3:::" + name("unversioned"));
        }
        // versioned with MFA Delete off; its clean twin is the data bucket (MFA Delete on)
        plant(buckets, Plant.BUCKET_NO_MFA_DELETE, "no-mfa-delete", b -> new Bucket(b.name(), b.region(), b.created(),
                b.sseAlgorithm(), b.sseKmsKeyArn(), b.publicAccessBlock(), b.policy(), false, false, b.versioning(),
                b.loggingTarget(), b.tags(), false));
        plant(buckets, Plant.BUCKET_NO_LOGGING, "unlogged", b -> with(b, b.publicAccessBlock(), b.policy(), false,
                false, b.sseAlgorithm(), b.versioning(), null));
        plant(buckets, Plant.BUCKET_NO_TLS_POLICY, "plain-http", b -> with(b, b.publicAccessBlock(),
                ctx.index() % 2 == 0 ? null : PolicyDocuments.bucketAccountRead(b.name(), ctx.accountId()), false,
                false, b.sseAlgorithm(), b.versioning(), b.loggingTarget()));
        if (ctx.has(Plant.TAGS_MISSING) && ctx.index() % 4 == 0) {
            Bucket b = clean(name("untagged"), ctx.homeRegion(), "untagged");
            Bucket planted = new Bucket(b.name(), b.region(), b.created(), b.sseAlgorithm(), b.sseKmsKeyArn(),
                    b.publicAccessBlock(), b.policy(), false, false, b.versioning(), b.loggingTarget(),
                    ctx.incompleteTags("untagged"), b.mfaDelete());
            buckets.add(planted);
            ctx.found(Plant.TAGS_MISSING, planted.arn());
        }
        return buckets;
    }

    private String name(String purpose) {
        return "vigil-" + ctx.accountId() + "-" + purpose;
    }

    private Bucket clean(String name, String region, String app) {
        boolean kms = ctx.index() % 3 == 0;
        return new Bucket(name, region, ctx.daysAgo(365), kms ? "aws:kms" : "AES256", kms ? kmsKeyArn : null,
                PublicAccessBlock.ALL, PolicyDocuments.bucketTlsOnly(name), false, false, "Enabled",
                logBucket(ctx.accountId()), ctx.requiredTags(app), true);
    }

    private void plant(List<Bucket> buckets, Plant plant, String purpose, java.util.function.UnaryOperator<Bucket> change) {
        if (ctx.has(plant)) {
            Bucket b = change.apply(clean(name(purpose), ctx.otherRegion(), purpose));
            buckets.add(b);
            ctx.found(plant, b.arn());
        }
    }

    private static Bucket with(Bucket b, PublicAccessBlock block, String policy, boolean policyPublic,
            boolean aclPublic, String sse, String versioning, String logging) {
        return new Bucket(b.name(), b.region(), b.created(), sse, sse == null ? null : b.sseKmsKeyArn(), block, policy,
                policyPublic, aclPublic, versioning, logging, b.tags(), b.mfaDelete());
    }
}
