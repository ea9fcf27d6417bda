package dev.vigil.evaluate;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The waivers in force on a given day; expired ones are reported, never applied. */
public final class Waivers {
    private final List<Waiver> active;
    private final List<Waiver> expired;

    public Waivers(List<Waiver> all, LocalDate today) {
        this.active = all.stream().filter(w -> !w.expiredOn(today)).toList();
        this.expired = all.stream().filter(w -> w.expiredOn(today)).toList();
    }

    public static Waivers none() {
        return new Waivers(List.of(), LocalDate.now());
    }

    public List<Waiver> expired() {
        return expired;
    }

    public Optional<Waiver> match(String checkId, String resourceUid, String accountUid, Map<String, String> tags) {
        for (Waiver w : active) {
            if (w.matches(checkId, resourceUid, accountUid, tags)) {
                return Optional.of(w);
            }
        }
        return Optional.empty();
    }
}
