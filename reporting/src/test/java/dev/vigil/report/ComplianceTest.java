package dev.vigil.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.evaluate.CheckMetadata;
import dev.vigil.evaluate.Finding;
import dev.vigil.evaluate.Framework;
import dev.vigil.evaluate.Remediation;
import dev.vigil.evaluate.ScanResult;
import dev.vigil.evaluate.Severity;
import dev.vigil.evaluate.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A requirement never reads PASS on what the collection did not see. */
class ComplianceTest {

    private static final Framework FRAMEWORK = new Framework("fw", "Framework", "1", "multi", List.of(
            new Framework.Requirement("R-unknown", "UNKNOWN and PASS findings", List.of("aws_a"), false),
            new Framework.Requirement("R-fail", "UNKNOWN and FAIL findings", List.of("aws_a", "aws_b"), false),
            new Framework.Requirement("R-empty", "no finding at all", List.of("aws_c"), false),
            new Framework.Requirement("R-gcp", "a GCP check that passed", List.of("gcp_a"), false),
            new Framework.Requirement("R-gcp-empty", "a GCP check without findings", List.of("gcp_b"), false)));

    private static final List<CheckMetadata> CHECKS = List.of(check("aws_a", "aws"), check("aws_b", "aws"),
            check("aws_c", "aws"), check("gcp_a", "gcp"), check("gcp_b", "gcp"));

    @Test
    void anUnknownFindingWithoutAFailMakesTheRequirementUnknownNeverPass() {
        Compliance.FrameworkResult fr = evaluate(scan("COMPLETE", false));

        assertThat(status(fr, "R-unknown")).isEqualTo(Compliance.RequirementStatus.UNKNOWN);
        assertThat(requirement(fr, "R-unknown").reason()).isEqualTo("1 finding UNKNOWN (an input could not be read)");
        assertThat(requirement(fr, "R-unknown").unknown()).isEqualTo(1);
        assertThat(status(fr, "R-fail")).isEqualTo(Compliance.RequirementStatus.FAIL);
        assertThat(status(fr, "R-empty")).isEqualTo(Compliance.RequirementStatus.NOT_APPLICABLE);
        assertThat(status(fr, "R-gcp")).isEqualTo(Compliance.RequirementStatus.PASS);
        assertThat(fr.passPercent()).as("1 PASS of PASS + FAIL + UNKNOWN").isEqualTo(100.0 / 3);
    }

    @Test
    void anAccountNotCollectedTurnsItsProvidersRequirementsUnknown() {
        Compliance.FrameworkResult fr = evaluate(scan("PARTIAL", true));

        assertThat(status(fr, "R-empty")).as("no finding, but an AWS account was not seen")
                .isEqualTo(Compliance.RequirementStatus.UNKNOWN);
        assertThat(requirement(fr, "R-empty").reason()).isEqualTo("not collected: aws/999 legacy (FAILED)");
        assertThat(status(fr, "R-gcp")).as("every GCP project was collected").isEqualTo(Compliance.RequirementStatus.PASS);
        assertThat(status(fr, "R-gcp-empty")).isEqualTo(Compliance.RequirementStatus.NOT_APPLICABLE);
        assertThat(status(fr, "R-fail")).isEqualTo(Compliance.RequirementStatus.FAIL);
    }

    @Test
    void anUnfinishedCollectionLeavesNothingPassedOrNotApplicable() {
        Compliance.FrameworkResult fr = evaluate(scan("RUNNING", false));

        assertThat(fr.count(Compliance.RequirementStatus.PASS)).isZero();
        assertThat(fr.count(Compliance.RequirementStatus.NOT_APPLICABLE)).isZero();
        assertThat(requirement(fr, "R-gcp").reason()).isEqualTo("the collection did not finish (snapshot RUNNING)");
        assertThat(fr.passPercent()).isZero();
    }

    private static Compliance.FrameworkResult evaluate(ScanResult scan) {
        return Compliance.evaluateAll(scan, new ScanStats(scan)).get(0);
    }

    private static Compliance.RequirementResult requirement(Compliance.FrameworkResult fr, String id) {
        return fr.requirements().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    private static Compliance.RequirementStatus status(Compliance.FrameworkResult fr, String id) {
        return requirement(fr, id).status();
    }

    private static ScanResult scan(String snapshotStatus, boolean legacyFailed) {
        List<ScanResult.AccountInfo> accounts = new ArrayList<>(List.of(account("aws", "111", "ACTIVE"),
                account("gcp", "proj", "ACTIVE")));
        if (legacyFailed) {
            accounts.add(account("aws", "999", "FAILED"));
        }
        List<Finding> findings = List.of(finding("aws_a", Status.PASS, "aws", "111", "r1"),
                finding("aws_a", Status.UNKNOWN, "aws", "111", "r2"),
                finding("aws_b", Status.FAIL, "aws", "111", "r3"),
                finding("gcp_a", Status.PASS, "gcp", "proj", "g1"));
        return new ScanResult("s", "0.1.0", "2026-11-22T07:52:13Z", "2026-11-22T07:53:40Z", accounts, List.of(),
                CHECKS, List.of(FRAMEWORK), findings, List.of(), snapshotStatus);
    }

    private static ScanResult.AccountInfo account(String provider, String id, String status) {
        return new ScanResult.AccountInfo(provider, id, id.equals("999") ? "legacy" : id, status, List.of(), Map.of());
    }

    private static CheckMetadata check(String id, String provider) {
        return new CheckMetadata(id, provider, "svc", id, id, Severity.HIGH, List.of("t"), "", Remediation.NONE,
                List.of(), "", "");
    }

    private static Finding finding(String check, Status status, String provider, String account, String uid) {
        return new Finding(check, check, status, status.name(), Severity.HIGH, provider, account, account, "global",
                "svc", "t", uid, uid, Map.of(), null, check + uid, Map.of("fw", List.of()), null, null, "t");
    }
}
