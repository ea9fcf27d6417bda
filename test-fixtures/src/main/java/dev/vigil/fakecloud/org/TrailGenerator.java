package dev.vigil.fakecloud.org;

import java.util.ArrayList;
import java.util.List;

/** Generates an account's CloudTrail trails. */
final class TrailGenerator {
    private final AccountContext ctx;
    private final String orgArn;

    TrailGenerator(AccountContext ctx, String orgArn) {
        this.ctx = ctx;
        this.orgArn = orgArn;
    }

    List<Trail> trails(String homeKeyArn, String otherKeyArn) {
        List<Trail> trails = new ArrayList<>();
        String bucket = S3Generator.logBucket(ctx.accountId());
        boolean noMultiRegion = ctx.has(Plant.NO_TRAIL) || ctx.has(Plant.SINGLE_REGION_TRAIL);
        if (noMultiRegion || ctx.has(Plant.S3_DATA_EVENTS_WRITE_MISSING)) {
            ctx.found(Plant.S3_DATA_EVENTS_WRITE_MISSING, orgArn);
        }
        if (noMultiRegion || ctx.has(Plant.S3_DATA_EVENTS_READ_MISSING)) {
            ctx.found(Plant.S3_DATA_EVENTS_READ_MISSING, orgArn);
        }
        if (ctx.has(Plant.NO_TRAIL)) {
            ctx.found(Plant.NO_TRAIL, orgArn);
        } else if (ctx.has(Plant.SINGLE_REGION_TRAIL)) {
            trails.add(trail("regional-audit", ctx.homeRegion(), false, true, homeKeyArn, bucket, true));
            ctx.found(Plant.SINGLE_REGION_TRAIL, orgArn);
        } else {
            trails.add(trail("account-audit", ctx.homeRegion(), true, true, homeKeyArn, bucket, true));
        }
        String other = ctx.otherRegion();
        if (ctx.has(Plant.TRAIL_NO_VALIDATION)) {
            Trail t = trail("unvalidated", other, false, false, otherKeyArn, bucket, true);
            trails.add(t);
            ctx.found(Plant.TRAIL_NO_VALIDATION, t.arn());
        }
        if (ctx.has(Plant.TRAIL_NO_KMS)) {
            Trail t = trail("unencrypted", other, false, true, null, bucket, true);
            trails.add(t);
            ctx.found(Plant.TRAIL_NO_KMS, t.arn());
        }
        if (ctx.has(Plant.TRAIL_NOT_LOGGING)) {
            Trail t = trail("stopped", other, false, true, otherKeyArn, bucket, false);
            trails.add(t);
            ctx.found(Plant.TRAIL_NOT_LOGGING, t.arn());
        }
        return trails;
    }

    private Trail trail(String name, String region, boolean multiRegion, boolean validation, String kms, String bucket,
            boolean logging) {
        // the multi-region trail sends to the CIS monitoring log group (MonitoringGenerator)
        String logGroup = multiRegion ? "arn:aws:logs:" + region + ":" + ctx.accountId() + ":log-group:"
                + MonitoringGenerator.logGroup(ctx.accountId()) + ":*" : null;
        return new Trail(name, ctx.arn("cloudtrail", region, "trail/" + name), region, multiRegion, false, validation,
                multiRegion, kms, bucket, logging, logGroup, multiRegion ? s3DataEvents() : null,
                ctx.index() % 2 == 1);
    }

    /**
     * The multi-region trail logs S3 object events of all buckets (CIS 4.8, 4.9), with basic selectors in even
     * accounts and advanced ones in odd accounts; the plants keep only reads, only writes, or neither.
     */
    private String s3DataEvents() {
        boolean write = !ctx.has(Plant.S3_DATA_EVENTS_WRITE_MISSING);
        boolean read = !ctx.has(Plant.S3_DATA_EVENTS_READ_MISSING);
        return write && read ? "All" : write ? "WriteOnly" : read ? "ReadOnly" : null;
    }
}
