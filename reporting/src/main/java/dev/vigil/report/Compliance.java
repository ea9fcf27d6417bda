package dev.vigil.report;

import dev.vigil.evaluate.Framework;
import dev.vigil.evaluate.ScanResult;
import dev.vigil.evaluate.Status;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Framework requirements with a status derived from the findings of their checks:
 * MANUAL when no automated check covers the requirement; FAIL when any finding failed (muted ones do
 * not count); ERROR when none failed but one could not be evaluated (an error is never a pass); UNKNOWN when
 * none failed or erred but a finding is UNKNOWN, or when an account of a check's provider was not collected
 * (or the collection never finished): what was not seen is never a pass; NOT_APPLICABLE when its checks
 * produced no finding on a fully collected estate; else PASS.
 */
public final class Compliance {

    private Compliance() {
    }

    public enum RequirementStatus { PASS, FAIL, ERROR, UNKNOWN, MANUAL, NOT_APPLICABLE }

    /** {@code reason}: why the requirement is UNKNOWN, else empty. */
    public record RequirementResult(String id, String title, RequirementStatus status, List<String> checks,
                                    long pass, long fail, long muted, long error, long unknown, String reason) {
        public RequirementResult {
            checks = List.copyOf(checks);
        }
    }

    /** A framework's requirements and how many of them passed. */
    public record FrameworkResult(Framework framework, List<RequirementResult> requirements) {

        public FrameworkResult {
            requirements = List.copyOf(requirements);
        }

        public long count(RequirementStatus status) {
            return requirements.stream().filter(r -> r.status() == status).count();
        }

        /**
         * PASS requirements over those that were, or should have been, assessed (PASS, FAIL, ERROR, UNKNOWN): an
         * UNKNOWN requirement lowers the percentage, it is never counted as passed. -1 when none was.
         */
        public double passPercent() {
            long assessed = count(RequirementStatus.PASS) + count(RequirementStatus.FAIL)
                    + count(RequirementStatus.ERROR) + count(RequirementStatus.UNKNOWN);
            return assessed == 0 ? -1 : 100.0 * count(RequirementStatus.PASS) / assessed;
        }
    }

    public static List<FrameworkResult> evaluateAll(ScanResult result, ScanStats stats) {
        CollectionCoverage coverage = CollectionCoverage.of(result);
        CheckIndex checks = new CheckIndex(result);
        return result.frameworks().stream().map(f -> evaluate(f, stats, coverage, checks)).toList();
    }

    static FrameworkResult evaluate(Framework framework, ScanStats stats, CollectionCoverage coverage,
                                    CheckIndex checks) {
        List<RequirementResult> results = new ArrayList<>();
        for (Framework.Requirement r : framework.requirements()) {
            long pass = 0;
            long fail = 0;
            long muted = 0;
            long error = 0;
            long unknown = 0;
            Set<String> uncovered = new LinkedHashSet<>();
            for (String check : r.checks()) {
                pass += stats.checkCount(check, Status.PASS);
                fail += stats.checkCount(check, Status.FAIL);
                muted += stats.checkCount(check, Status.MUTED);
                error += stats.checkCount(check, Status.ERROR);
                unknown += stats.checkCount(check, Status.UNKNOWN);
                String provider = checks.provider(check).orElse(framework.provider());
                if (!coverage.covers(provider)) {
                    uncovered.add(provider);
                }
            }
            RequirementStatus status;
            String reason = "";
            if (r.manual() || r.checks().isEmpty()) {
                status = RequirementStatus.MANUAL;
            } else if (fail > 0) {
                status = RequirementStatus.FAIL;
            } else if (error > 0) {
                status = RequirementStatus.ERROR;
            } else if (unknown > 0) {
                status = RequirementStatus.UNKNOWN;
                reason = unknown + (unknown == 1 ? " finding" : " findings") + " UNKNOWN (an input could not be read)";
            } else if (!uncovered.isEmpty()) {
                status = RequirementStatus.UNKNOWN;
                reason = notSeen(uncovered, coverage);
            } else if (pass + muted == 0) {
                status = RequirementStatus.NOT_APPLICABLE;
            } else {
                status = RequirementStatus.PASS;
            }
            results.add(new RequirementResult(r.id(), r.title(), status, r.checks(), pass, fail, muted, error,
                    unknown, reason));
        }
        return new FrameworkResult(framework, results);
    }

    private static String notSeen(Set<String> providers, CollectionCoverage coverage) {
        if (coverage.unfinished()) {
            return "the collection did not finish (snapshot RUNNING)";
        }
        return "not collected: " + providers.stream().flatMap(p -> coverage.notCollected(p).stream()).distinct()
                .map(CollectionCoverage::name).collect(Collectors.joining(", "));
    }
}
