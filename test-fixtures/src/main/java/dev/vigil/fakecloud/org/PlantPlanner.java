package dev.vigil.fakecloud.org;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Decides which misconfigurations each plantable account gets: first every plant kind once, round-robin,
 * so that an org with enough accounts shows every check; then extras at {@code misconfigurationRate}.
 */
final class PlantPlanner {
    private final SplittableRandom random;
    private final double rate;

    PlantPlanner(SplittableRandom random, double rate) {
        this.random = random;
        this.rate = rate;
    }

    /** @param plantable number of plantable accounts (ACTIVE, not the management account) */
    List<Set<Plant>> plan(int plantable) {
        List<Set<Plant>> plans = new ArrayList<>();
        for (int i = 0; i < plantable; i++) {
            plans.add(EnumSet.noneOf(Plant.class));
        }
        if (plantable == 0) {
            return plans;
        }
        int cursor = 0;
        for (Plant plant : Plant.values()) {
            for (int tries = 0; tries < plantable; tries++) {
                Set<Plant> target = plans.get(cursor);
                cursor = (cursor + 1) % plantable;
                if (plant.compatibleWith(target)) {
                    target.add(plant);
                    break;
                }
            }
        }
        // each account draws from its own split stream, so a plant kind appended to the enum adds draws at the end
        // of every account's stream and leaves the extras of the kinds before it where they were
        for (Set<Plant> plan : plans) {
            SplittableRandom own = random.split();
            for (Plant plant : Plant.values()) {
                if (own.nextDouble() < rate && plant.compatibleWith(plan)) {
                    plan.add(plant);
                }
            }
        }
        return plans;
    }
}
