package dev.vigil.fakecloud.org;

import java.util.List;
import java.util.Map;

/**
 * Everything an ACTIVE account holds.
 *
 * @param s3AccountBlock null: S3 Control answers NoSuchPublicAccessBlockConfiguration
 * @param monthlySpend   the spend of the last full month, USD; older months see {@link #spendGrowth()}
 * @param spendGrowth    month-over-month factor (1.0 = flat)
 * @param monitoring     the CIS monitoring chain (log metric filters, alarms, SNS topics) of the home region
 * @param budgets        AWS Budgets of the account
 */
public record AccountResources(String accountId, IamAccount iam, List<IamUser> users, List<IamGroup> groups,
        List<IamRole> roles, List<ManagedPolicy> policies, PublicAccessBlock s3AccountBlock, List<Bucket> buckets,
        Map<String, RegionResources> regions, List<Trail> trails, double monthlySpend, double spendGrowth,
        MonitoringResources monitoring, List<Budget> budgets) {

    public RegionResources region(String region) {
        return regions.get(region);
    }
}
