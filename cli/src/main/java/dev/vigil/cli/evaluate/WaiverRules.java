package dev.vigil.cli.evaluate;

import dev.vigil.collect.config.ConfigException;
import dev.vigil.collect.config.ConfigLoader;
import dev.vigil.evaluate.CheckMetadata;
import dev.vigil.evaluate.PolicyLibrary;
import dev.vigil.evaluate.Waiver;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a waiver must be before it may mute anything: one existing check by its exact id (a wildcard would hide
 * findings nobody reviewed), a reason, and an expiry no further than {@code policies.waiver_max_days} ahead. Each
 * refusal names the file, line and column of the waiver's key.
 */
final class WaiverRules {
    private final Set<String> checkIds;
    private final LocalDate today;
    private final int maxDays;
    private final Path source;

    WaiverRules(PolicyLibrary library, LocalDate today, int maxDays, Path source) {
        this.checkIds = new TreeSet<>(library.checks().stream().map(CheckMetadata::id).toList());
        this.today = today;
        this.maxDays = maxDays;
        this.source = source;
    }

    List<Waiver> check(List<EvaluationConfig.WaiverEntry> entries) {
        List<Waiver> out = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            out.add(check(entries.get(i), "waivers[" + i + "]"));
        }
        return out;
    }

    private Waiver check(EvaluationConfig.WaiverEntry w, String key) {
        if (w.check() == null || w.check().isBlank()) {
            throw refuse(key, "needs 'check': the id of the check it waives");
        }
        if (w.check().contains("*") || w.check().contains("?")) {
            throw refuse(key + ".check", "'" + w.check() + "' is a wildcard; name one check id (a waiver for many "
                    + "checks would mute findings nobody reviewed)");
        }
        if (!checkIds.contains(w.check())) {
            throw refuse(key + ".check", "there is no check '" + w.check() + "' in the policy set" + suggestion(w.check()));
        }
        if (w.reason() == null || w.reason().isBlank()) {
            throw refuse(key, "needs a 'reason': why the risk is accepted, for the auditors");
        }
        if (w.expires() == null || w.expires().isBlank()) {
            throw refuse(key, "needs 'expires' (YYYY-MM-DD, at most " + maxDays + " days ahead): a waiver without an "
                    + "end is never reviewed again");
        }
        LocalDate expires;
        try {
            expires = LocalDate.parse(w.expires().trim());
        } catch (DateTimeParseException e) {
            throw refuse(key + ".expires", "'" + w.expires() + "' is not a day (YYYY-MM-DD)");
        }
        long ahead = ChronoUnit.DAYS.between(today, expires);
        if (ahead > maxDays) {
            throw refuse(key + ".expires", expires + " is " + ahead + " days ahead; a waiver may run at most " + maxDays
                    + " days (policies.waiver_max_days)");
        }
        return new Waiver(w.check(), w.resource(), w.account(), w.tags(), w.reason(), expires);
    }

    private ConfigException refuse(String key, String problem) {
        String at = source == null ? "" : ConfigLoader.at(source, key);
        return new ConfigException(at + key + ": " + problem);
    }

    private String suggestion(String id) {
        return checkIds.stream().min(Comparator.comparingInt(known -> distance(known, id)))
                .filter(best -> distance(best, id) <= Math.max(3, id.length() / 4))
                .map(best -> " (did you mean '" + best + "'?)").orElse("");
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
