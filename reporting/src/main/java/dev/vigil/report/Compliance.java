package dev.vigil.report;

import dev.vigil.evaluate.Framework;
import dev.vigil.evaluate.Status;
import java.util.ArrayList;
import java.util.List;

/**
 * Framework requirements with a status derived from the findings of their checks:
 * MANUAL when no automated check covers the requirement; NOT_APPLICABLE when its checks produced no
 * finding; FAIL when any finding failed (muted ones do not count); ERROR when none failed but one
 * could not be evaluated (an error is never a pass); else PASS.
 */
public final class Compliance {

    private Compliance() {
    }

    public enum RequirementStatus { PASS, FAIL, ERROR, MANUAL, NOT_APPLICABLE }

    public record RequirementResult(String id, String title, RequirementStatus status, List<String> checks,
                                    long pass, long fail, long muted, long error) {}

    /** A framework's requirements and how many of them passed. */
    public record FrameworkResult(Framework framework, List<RequirementResult> requirements) {

        public long count(RequirementStatus status) {
            return requirements.stream().filter(r -> r.status() == status).count();
        }

        /** PASS requirements over those that were assessed (PASS, FAIL, ERROR); -1 when none was. */
        public double passPercent() {
            long assessed = count(RequirementStatus.PASS) + count(RequirementStatus.FAIL)
                    + count(RequirementStatus.ERROR);
            return assessed == 0 ? -1 : 100.0 * count(RequirementStatus.PASS) / assessed;
        }
    }

    public static FrameworkResult evaluate(Framework framework, ScanStats stats) {
        List<RequirementResult> results = new ArrayList<>();
        for (Framework.Requirement r : framework.requirements()) {
            long pass = 0;
            long fail = 0;
            long muted = 0;
            long error = 0;
            for (String check : r.checks()) {
                pass += stats.checkCount(check, Status.PASS);
                fail += stats.checkCount(check, Status.FAIL);
                muted += stats.checkCount(check, Status.MUTED);
                error += stats.checkCount(check, Status.ERROR);
            }
            RequirementStatus status;
            if (r.manual() || r.checks().isEmpty()) {
                status = RequirementStatus.MANUAL;
            } else if (fail > 0) {
                status = RequirementStatus.FAIL;
            } else if (error > 0) {
                status = RequirementStatus.ERROR;
            } else if (pass + muted == 0) {
                status = RequirementStatus.NOT_APPLICABLE;
            } else {
                status = RequirementStatus.PASS;
            }
            results.add(new RequirementResult(r.id(), r.title(), status, r.checks(), pass, fail, muted, error));
        }
        return new FrameworkResult(framework, List.copyOf(results));
    }

    public static List<FrameworkResult> evaluateAll(List<Framework> frameworks, ScanStats stats) {
        return frameworks.stream().map(f -> evaluate(f, stats)).toList();
    }
}
