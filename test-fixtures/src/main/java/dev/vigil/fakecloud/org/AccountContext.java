package dev.vigil.fakecloud.org;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the per-service generators know about the account they fill. */
record AccountContext(String accountId, String name, int index, Set<Plant> plants, Ids ids, Instant now,
        List<String> regions, List<String> orgAccountIds, String managementAccountId, String scannerRole,
        int resourcesPerRegion, List<Finding> findings) {

    boolean has(Plant plant) {
        return plants.contains(plant);
    }

    void found(Plant plant, String uid) {
        findings.add(new Finding(plant.checkId(), uid));
    }

    Instant daysAgo(long days) {
        return now.minus(Duration.ofDays(days));
    }

    String homeRegion() {
        return regions.get(0);
    }

    String otherRegion() {
        return regions.get(regions.size() - 1);
    }

    String arn(String service, String region, String resource) {
        return "arn:aws:" + service + ":" + region + ":" + accountId + ":" + resource;
    }

    /** The tags every clean taggable resource carries. */
    Map<String, String> requiredTags(String app) {
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put("app", app);
        tags.put("env", List.of("prod", "staging", "dev", "sandbox").get(index % 4));
        tags.put("team", "team-" + (index % 7));
        tags.put("cost-center", "cc-" + (1000 + index % 50));
        return tags;
    }

    /** Tags missing the required {@code cost-center} key. */
    Map<String, String> incompleteTags(String app) {
        Map<String, String> tags = requiredTags(app);
        tags.remove("cost-center");
        return tags;
    }
}
