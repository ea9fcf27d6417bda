package dev.vigil.fakecloud.org;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/** Generates a synthetic organization; deterministic for a spec, seed and clock. */
public final class SyntheticOrgGenerator {
    public static final String NAME = "vigil-fakecloud-1";

    private final Clock clock;

    public SyntheticOrgGenerator() {
        this(Clock.systemUTC());
    }

    public SyntheticOrgGenerator(Clock clock) {
        this.clock = clock;
    }

    public static SyntheticOrg generate(OrgSpec spec) {
        return new SyntheticOrgGenerator().create(spec);
    }

    public SyntheticOrg create(OrgSpec spec) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        SplittableRandom random = new SplittableRandom(spec.seed());
        Ids ids = new Ids(random);
        List<String> accountIds = accountIds(random, spec.accounts());
        int active = spec.accounts() - spec.suspendedAccounts();
        Set<Integer> suspended = new HashSet<>();
        for (int i = active; i < spec.accounts(); i++) {
            suspended.add(i);
        }
        List<Set<Plant>> plantable = new PlantPlanner(random.split(), spec.misconfigurationRate()).plan(active - 1);
        List<Set<Plant>> plans = new ArrayList<>();
        plans.add(EnumSet.noneOf(Plant.class));
        plans.addAll(plantable);
        while (plans.size() < spec.accounts()) {
            plans.add(EnumSet.noneOf(Plant.class));
        }
        List<Finding> findings = new ArrayList<>();
        OrgTreeBuilder treeBuilder = new OrgTreeBuilder(spec, ids, now, accountIds.get(0));
        OrgTree tree = treeBuilder.build(accountIds, plans, suspended, findings);
        findings.addAll(OrgGovernance.of(tree).findings());
        Map<String, AccountResources> resources = new LinkedHashMap<>();
        AccountGenerator generator = new AccountGenerator();
        for (int i = 0; i < active; i++) {
            OrgAccount account = tree.accounts().get(i);
            SplittableRandom accountRandom = new SplittableRandom(spec.seed() * 1_000_003L + i);
            AccountContext ctx = new AccountContext(account.id(), account.name(), i, plans.get(i),
                    new Ids(accountRandom), now, spec.regions(), accountIds, tree.managementAccountId(),
                    spec.scannerRoleName(), spec.resourcesPerRegion(), findings);
            double spend = Math.round((100 + accountRandom.nextDouble() * 4900) * 100) / 100.0;
            resources.put(account.id(), generator.generate(ctx, account.arn(), spend));
        }
        return new SyntheticOrg(spec, now, tree, resources, new GroundTruth(NAME, spec.seed(), findings));
    }

    private static List<String> accountIds(SplittableRandom random, int count) {
        Set<String> seen = new HashSet<>();
        List<String> ids = new ArrayList<>();
        while (ids.size() < count) {
            long value = 100_000_000_000L + (long) (random.nextDouble() * 799_999_999_999L);
            String id = Long.toString(value);
            if (seen.add(id) && !id.equals(IamGenerator.EXTERNAL_ACCOUNT)) {
                ids.add(id);
            }
        }
        return ids;
    }
}
