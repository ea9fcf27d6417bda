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
        for (Set<Plant> plan : plans) {
            for (Plant plant : Plant.values()) {
                if (random.nextDouble() < rate && plant.compatibleWith(plan)) {
                    plan.add(plant);
                }
            }
        }
        return plans;
    }
}
