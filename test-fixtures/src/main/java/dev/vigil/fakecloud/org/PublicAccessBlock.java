package dev.vigil.fakecloud.org;

public record PublicAccessBlock(boolean blockPublicAcls, boolean ignorePublicAcls, boolean blockPublicPolicy,
        boolean restrictPublicBuckets) {

    public static final PublicAccessBlock ALL = new PublicAccessBlock(true, true, true, true);
}
