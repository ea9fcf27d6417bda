package dev.vigil.fakecloud.org;

import java.util.LinkedHashMap;
import java.util.Map;

/** Builds one ACTIVE account's resources from its planned misconfigurations. */
final class AccountGenerator {

    AccountResources generate(AccountContext ctx, String accountArn, double baseSpend) {
        Map<String, RegionResources> regions = new LinkedHashMap<>();
        String homeKey = null;
        String otherKey = null;
        for (String region : ctx.regions()) {
            RegionGenerator generator = new RegionGenerator(ctx, region);
            regions.put(region, generator.generate());
            if (region.equals(ctx.homeRegion())) {
                homeKey = generator.customerKeyArn();
            }
            if (region.equals(ctx.otherRegion())) {
                otherKey = generator.customerKeyArn();
            }
        }
        IamGenerator iam = new IamGenerator(ctx);
        IamAccount iamAccount = iam.account();
        iam.generate();
        S3Generator s3 = new S3Generator(ctx, homeKey);
        PublicAccessBlock accountBlock = s3.accountBlock();
        var buckets = s3.buckets();
        var trails = new TrailGenerator(ctx, accountArn).trails(homeKey, otherKey);
        if (ctx.has(Plant.TRAIL_BUCKET_NO_LOGGING)) {
            ctx.found(Plant.TRAIL_BUCKET_NO_LOGGING, accountArn);
        }
        if (ctx.has(Plant.DEFAULT_VPC_IN_USE)) {
            ctx.found(Plant.DEFAULT_VPC_IN_USE, accountArn);
        }
        double growth = 1.0;
        String costUid = "arn:aws:ce::" + ctx.accountId() + ":cost";
        if (ctx.has(Plant.SPEND_GROWTH)) {
            growth = 2.0;
            ctx.found(Plant.SPEND_GROWTH, costUid);
        }
        if (ctx.has(Plant.NO_OWNER_TAG)) {
            ctx.found(Plant.NO_OWNER_TAG, costUid);
        }
        MonitoringResources monitoring = new MonitoringGenerator(ctx, accountArn).generate();
        return new AccountResources(ctx.accountId(), iamAccount, iam.users(), iam.groups(), iam.roles(),
                iam.policies(), accountBlock, buckets, regions, trails, baseSpend, growth, monitoring,
                new BudgetGenerator(ctx).budgets());
    }
}
