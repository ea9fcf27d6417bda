package dev.vigil.report.sarif;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vigil.evaluate.CheckMetadata;
import dev.vigil.evaluate.Finding;
import dev.vigil.evaluate.Remediation;
import dev.vigil.evaluate.ScanResult;
import dev.vigil.evaluate.Severity;
import dev.vigil.evaluate.Status;
import dev.vigil.report.ReportFormat;
import dev.vigil.report.ReportOptions;
import dev.vigil.report.ReportWriter;
import dev.vigil.report.ScanFixture;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SarifWriterTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path out;

    private static ReportOptions sarifOnly() {
        return ReportOptions.defaults().withFormats(EnumSet.of(ReportFormat.SARIF)).withClock(ScanFixture.CLOCK);
    }

    @Test
    void writesOneFilePerProviderWithInventoryBesideIt() throws IOException {
        List<Path> written = ReportWriter.writeAll(ScanFixture.scanResult(), out, sarifOnly());

        assertThat(written.stream().map(p -> out.relativize(p).toString().replace('\\', '/'))).containsExactly(
                "inventory/aws/111122223333.json", "inventory/aws/444455556666.json",
                "inventory/gcp/analytics-prod-7731.json", "vigil-aws.sarif", "vigil-gcp.sarif");
        JsonNode run = run(out.resolve("vigil-aws.sarif"));
        assertThat(run.path("automationDetails").path("id").asText()).isEqualTo("vigil/aws/");
        assertThat(run(out.resolve("vigil-gcp.sarif")).path("automationDetails").path("id").asText())
                .isEqualTo("vigil/gcp/");
    }

    @Test
    void everyFailAndMutedFindingIsAResultLocatedOnItsInventoryLine() throws IOException {
        ScanResult scan = ScanFixture.scanResult();
        ReportWriter.writeAll(scan, out, sarifOnly());
        JsonNode run = run(out.resolve("vigil-aws.sarif"));

        List<Finding> expected = scan.findings().stream().filter(f -> f.provider().equals("aws"))
                .filter(f -> f.status() == Status.FAIL || f.status() == Status.MUTED).toList();
        assertThat(run.path("results")).hasSize(expected.size());
        int lastSeverity = -1;
        for (JsonNode result : run.path("results")) {
            String uid = result.path("properties").path("resourceUid").asText();
            String check = result.path("ruleId").asText();
            Finding finding = expected.stream().filter(f -> f.resourceUid().equals(uid) && f.checkId().equals(check))
                    .findFirst().orElseThrow();
            assertThat(finding.severity().ordinal()).as("most severe first").isGreaterThanOrEqualTo(lastSeverity);
            lastSeverity = finding.severity().ordinal();

            JsonNode physical = result.path("locations").get(0).path("physicalLocation");
            String uri = physical.path("artifactLocation").path("uri").asText();
            assertThat(uri).isEqualTo("inventory/aws/" + finding.accountUid() + ".json");
            List<String> lines = Files.readAllLines(out.resolve(uri), StandardCharsets.UTF_8);
            JsonNode region = physical.path("region");
            String line = lines.get(region.path("startLine").asInt() - 1);
            JsonNode resource = MAPPER.readTree(line.endsWith(",") ? line.substring(0, line.length() - 1) : line);
            assertThat(resource.path("uid").asText()).isEqualTo(uid);
            assertThat(region.path("endLine").asInt()).isEqualTo(region.path("startLine").asInt());
            assertThat(region.path("endColumn").asInt()).isEqualTo(line.length() + 1);
            assertThat(result.path("partialFingerprints").path("primaryLocationLineHash").asText())
                    .isEqualTo(Fingerprints.primaryLocationLineHash(check, uid));
            assertThat(result.path("message").path("text").asText()).contains(uid).endsWith(".");
            assertThat(result.path("suppressions").isMissingNode()).isEqualTo(finding.status() == Status.FAIL);
            if (finding.status() == Status.MUTED) {
                assertThat(result.path("suppressions").get(0).path("kind").asText()).isEqualTo("external");
                assertThat(result.path("suppressions").get(0).path("justification").asText())
                        .isEqualTo(finding.muteReason());
            }
            assertThat(run.path("tool").path("driver").path("rules").get(result.path("ruleIndex").asInt())
                    .path("id").asText()).isEqualTo(check);
        }
    }

    @Test
    void inventoryHasOneResourcePerLineSortedByUid() throws IOException {
        ReportWriter.writeAll(ScanFixture.scanResult(), out, sarifOnly());
        Path inventory = out.resolve("inventory/aws/111122223333.json");

        JsonNode array = MAPPER.readTree(inventory.toFile());
        List<String> lines = Files.readAllLines(inventory);
        assertThat(lines).hasSize(array.size() + 2);
        assertThat(lines.get(0)).isEqualTo("[");
        assertThat(lines.get(lines.size() - 1)).isEqualTo("]");
        List<String> uids = new ArrayList<>();
        array.forEach(r -> uids.add(r.path("uid").asText()));
        assertThat(uids).isSorted().doesNotHaveDuplicates();
        assertThat(Files.readString(inventory).chars().allMatch(c -> c < 128)).as("ASCII only").isTrue();
    }

    @Test
    void mutedFindingsCanBeLeftOut() throws IOException {
        ReportWriter.writeAll(ScanFixture.scanResult(), out, sarifOnly().withSarifIncludeMuted(false));
        JsonNode results = run(out.resolve("vigil-aws.sarif")).path("results");

        assertThat(results).hasSize(10);
        results.forEach(r -> assertThat(r.has("suppressions")).isFalse());
    }

    @Test
    void rulesCarryWhatGithubReads() throws IOException {
        ReportWriter.writeAll(ScanFixture.scanResult(), out, sarifOnly());
        JsonNode rules = run(out.resolve("vigil-aws.sarif")).path("tool").path("driver").path("rules");

        assertThat(rules).isNotEmpty();
        for (JsonNode rule : rules) {
            assertThat(rule.path("shortDescription").path("text").asText()).isNotBlank();
            assertThat(rule.path("fullDescription").path("text").asText()).isNotBlank();
            assertThat(rule.path("help").path("text").asText()).isNotBlank();
            assertThat(rule.path("help").path("markdown").asText()).isNotBlank();
            assertThat(rule.path("properties").path("precision").asText()).isEqualTo("high");
            assertThat(rule.path("properties").path("tags").size()).isBetween(1, 20);
            double score = Double.parseDouble(rule.path("properties").path("security-severity").asText());
            assertThat(score).isBetween(0.1, 10.0);
        }
        JsonNode s3 = rules.findParents("id").stream().filter(r -> r.path("id").asText().equals("s3_bucket_acl_not_public"))
                .findFirst().orElseThrow();
        assertThat(s3.path("properties").path("security-severity").asText()).isEqualTo("9.5");
        assertThat(s3.path("properties").path("tags").toString()).contains("s3", "internet-exposed", "soc2-2017");
        assertThat(s3.path("help").path("markdown").asText()).contains("```sh\naws s3api put-bucket-acl",
                "```hcl\nresource \"aws_s3_bucket_public_access_block\"");
        assertThat(s3.path("helpUri").asText()).startsWith("https://docs.aws.amazon.com/");
    }

    @Test
    void tagsAreCappedAtTwenty() {
        List<String> categories = IntStream.range(0, 30).mapToObj(i -> "category-" + i).toList();
        CheckMetadata check = new CheckMetadata("x_y_z", "aws", "x", "T", "D", Severity.LOW, List.of(), "", Remediation.NONE,
                categories, "", "");
        assertThat(SarifRules.tags(check, List.of("cis-aws-5.0"))).hasSize(20).startsWith("security", "aws", "x");
    }

    @Test
    void gapsAndEvaluationErrorsAreToolExecutionNotifications() throws IOException {
        ReportWriter.writeAll(ScanFixture.scanResult(), out, sarifOnly());
        JsonNode invocation = run(out.resolve("vigil-aws.sarif")).path("invocations").get(0);

        assertThat(invocation.path("executionSuccessful").asBoolean()).isTrue();
        List<JsonNode> gaps = notifications(invocation, "VIGIL-GAP");
        assertThat(gaps).hasSize(2);
        assertThat(gaps.get(1).path("level").asText()).isEqualTo("warning");
        assertThat(gaps.get(1).path("message").path("text").asText()).contains(ScanFixture.SANDBOX, "eu-west-1",
                "ec2", "DescribeSecurityGroups", "UnauthorizedOperation");
        assertThat(gaps.get(1).path("properties").path("resourceTypes").toString())
                .isEqualTo("[\"aws.ec2.security_group\"]");
        List<JsonNode> errors = notifications(invocation, "VIGIL-EVAL-ERROR");
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).path("level").asText()).isEqualTo("error");
        assertThat(errors.get(0).path("message").path("text").asText()).contains("ec2_instance_imdsv2_required",
                "1 resource");
        assertThat(notifications(invocation, "VIGIL-INCOMPLETE")).isEmpty();
    }

    @Test
    void unknownFindingsAreNoResultsButCountedListedAndNotified() throws IOException {
        ReportWriter.writeAll(ScanFixture.scanResult(), out, sarifOnly());
        JsonNode run = run(out.resolve("vigil-aws.sarif"));

        assertThat(run.path("results").findValuesAsText("status")).doesNotContain("UNKNOWN", "PASS");
        JsonNode properties = run.path("properties");
        assertThat(properties.path("vigil.incomplete").asBoolean(true)).isFalse();
        assertThat(properties.path("vigil.snapshotStatus").asText()).isEqualTo("COMPLETE");
        assertThat(properties.path("vigil.unknownCount").asInt()).isEqualTo(1);
        assertThat(properties.path("vigil.unknown").toString()).isEqualTo("[{\"ruleId\":\"s3_bucket_acl_not_public\","
                + "\"resourceUid\":\"arn:aws:s3:::payments-receipts\",\"accountUid\":\"" + ScanFixture.PROD + "\"}]");
        List<JsonNode> unknown = notifications(run.path("invocations").get(0), "VIGIL-UNKNOWN");
        assertThat(unknown).hasSize(1);
        assertThat(unknown.get(0).path("level").asText()).isEqualTo("warning");
        assertThat(unknown.get(0).path("message").path("text").asText()).isEqualTo("1 finding is UNKNOWN: the verdict "
                + "depends on s3:GetBucketAcl AccessDenied (first: check s3_bucket_acl_not_public on "
                + "arn:aws:s3:::payments-receipts in account " + ScanFixture.PROD + ").");
    }

    @Test
    void anAccountNotCollectedMakesItsProvidersRunUnsuccessfulAndIncomplete() throws IOException {
        ReportWriter.writeAll(ScanFixture.incompleteScan(), out, sarifOnly());
        JsonNode aws = run(out.resolve("vigil-aws.sarif"));
        JsonNode gcp = run(out.resolve("vigil-gcp.sarif"));

        assertThat(aws.path("invocations").get(0).path("executionSuccessful").asBoolean(true)).isFalse();
        assertThat(aws.path("properties").path("vigil.incomplete").asBoolean()).isTrue();
        assertThat(aws.path("properties").path("vigil.snapshotStatus").asText()).isEqualTo("PARTIAL");
        assertThat(aws.path("properties").path("vigil.notCollected").toString()).isEqualTo("[\"" + ScanFixture.LEGACY + "\"]");
        assertThat(aws.path("properties").path("vigil.unknownCount").asInt()).isEqualTo(2);
        List<JsonNode> incomplete = notifications(aws.path("invocations").get(0), "VIGIL-INCOMPLETE");
        assertThat(incomplete).hasSize(1);
        assertThat(incomplete.get(0).path("message").path("text").asText()).isEqualTo("Account aws/" + ScanFixture.LEGACY
                + " legacy-billing (FAILED) was not collected: this run has no results for it and cannot say its "
                + "resources are clean.");
        assertThat(notifications(aws.path("invocations").get(0), "VIGIL-UNKNOWN"))
                .anyMatch(n -> n.path("message").path("text").asText().contains("depends on an account that was not collected"));
        assertThat(gcp.path("invocations").get(0).path("executionSuccessful").asBoolean())
                .as("every GCP project was collected").isTrue();
        assertThat(gcp.path("properties").path("vigil.incomplete").asBoolean(true)).isFalse();
    }

    @Test
    void anUnfinishedCollectionMakesEveryRunIncomplete() throws IOException {
        ReportWriter.writeAll(ScanFixture.unfinishedScan(), out, sarifOnly());

        for (String file : List.of("vigil-aws.sarif", "vigil-gcp.sarif")) {
            JsonNode run = run(out.resolve(file));
            assertThat(run.path("invocations").get(0).path("executionSuccessful").asBoolean(true)).as(file).isFalse();
            assertThat(run.path("properties").path("vigil.snapshotStatus").asText()).isEqualTo("RUNNING");
            assertThat(notifications(run.path("invocations").get(0), "VIGIL-INCOMPLETE")).hasSize(1);
        }
    }

    @Test
    void theUnknownListIsCapped() throws IOException {
        ScanResult base = ScanFixture.scanResult();
        Finding template = base.findings().stream().filter(f -> f.status() == Status.UNKNOWN).findFirst().orElseThrow();
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            findings.add(new Finding(template.checkId(), template.checkTitle(), Status.UNKNOWN,
                    template.statusExtended(), template.severity(), "aws", ScanFixture.PROD, "prod-payments",
                    "us-east-1", "s3", "aws.s3.bucket", "arn:aws:s3:::bucket-" + i, "bucket-" + i, Map.of(),
                    template.evidence(), "f" + i, Map.of(), null, null, template.timestamp()));
        }
        ReportWriter.writeAll(base.withFindings(findings, List.of()), out, sarifOnly());
        JsonNode properties = run(out.resolve("vigil-aws.sarif")).path("properties");

        assertThat(properties.path("vigil.unknownCount").asInt()).isEqualTo(150);
        assertThat(properties.path("vigil.unknown")).hasSize(100);
        assertThat(properties.path("vigil.unknownTruncated").asBoolean()).isTrue();
    }

    private static List<JsonNode> notifications(JsonNode invocation, String descriptor) {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode n : invocation.path("toolExecutionNotifications")) {
            if (n.path("descriptor").path("id").asText().equals(descriptor)) {
                found.add(n);
            }
        }
        return found;
    }

    @Test
    void fingerprintsAndUrisAreStableWhenTheEstateChanges() throws IOException {
        ScanResult first = ScanFixture.scanResult();
        ReportWriter.writeAll(first, out.resolve("run1"), sarifOnly());
        List<Finding> more = new ArrayList<>(first.findings());
        Finding template = first.findings().get(0);
        more.add(0, new Finding("iam_root_mfa_enabled", "t", Status.PASS, "ok", Severity.CRITICAL, "aws",
                ScanFixture.PROD, "prod-payments", "global", "iam", "aws.iam.user", "arn:aws:iam::" + ScanFixture.PROD
                + ":aaa-first", "aaa", Map.of(), null, "f", Map.of(), null, null, template.timestamp()));
        ScanResult second = new ScanResult(first.scanId(), first.toolVersion(), first.startedAt(), first.finishedAt(),
                first.accounts(), first.gaps(), first.checks(), first.frameworks(), more, first.fixed());
        ReportWriter.writeAll(second, out.resolve("run2"), sarifOnly());

        assertThat(keys(out.resolve("run2/vigil-aws.sarif"))).isEqualTo(keys(out.resolve("run1/vigil-aws.sarif")));
    }

    private static List<String> keys(Path sarif) throws IOException {
        List<String> keys = new ArrayList<>();
        for (JsonNode r : run(sarif).path("results")) {
            keys.add(r.path("ruleId").asText() + " " + r.path("locations").get(0).path("physicalLocation")
                    .path("artifactLocation").path("uri").asText() + " "
                    + r.path("partialFingerprints").path("primaryLocationLineHash").asText());
        }
        return keys;
    }

    @Test
    void splitsByResultCountMostSevereFirstEachWithItsOwnCategory() throws IOException {
        ScanResult scan = ScanFixture.scanResult();
        ReportWriter.writeAll(scan, out, sarifOnly());
        assertThat(out.resolve("vigil-aws.sarif")).exists();

        List<Path> written = ReportWriter.writeAll(scan, out, sarifOnly().withSarifLimits(3, 10_000_000));

        long expected = scan.findings().stream().filter(f -> f.provider().equals("aws"))
                .filter(f -> f.status() == Status.FAIL || f.status() == Status.MUTED).count();
        List<Path> parts = written.stream().filter(p -> p.getFileName().toString().startsWith("vigil-aws")).toList();
        assertThat(parts).hasSize((int) ((expected + 2) / 3));
        assertThat(out.resolve("vigil-aws.sarif")).as("stale unsplit file removed").doesNotExist();
        int lastSeverity = -1;
        long total = 0;
        for (int i = 0; i < parts.size(); i++) {
            Path part = parts.get(i);
            assertThat(part.getFileName().toString()).isEqualTo("vigil-aws-" + (i + 1) + ".sarif");
            JsonNode run = run(part);
            assertThat(run.path("automationDetails").path("id").asText()).isEqualTo("vigil/aws/part-" + (i + 1) + "/");
            assertThat(run.path("results").size()).isBetween(1, 3);
            for (JsonNode r : run.path("results")) {
                int severity = level(r, run);
                assertThat(severity).isGreaterThanOrEqualTo(lastSeverity);
                lastSeverity = severity;
                total++;
            }
        }
        assertThat(total).isEqualTo(expected);
        assertThat(out.resolve("vigil-gcp.sarif")).exists();
    }

    private static int level(JsonNode result, JsonNode run) {
        String score = run.path("tool").path("driver").path("rules").get(result.path("ruleIndex").asInt())
                .path("properties").path("security-severity").asText();
        return Stream.of(Severity.values()).filter(s -> s.securitySeverity().equals(score)).findFirst().orElseThrow()
                .ordinal();
    }

    @Test
    void splitsByGzipSizeAndEveryPartStaysUnderTheLimit() throws IOException {
        ScanResult scan = ScanFixture.synthetic(12_000, 3);
        long limit = 64 * 1024;
        List<Path> written = ReportWriter.writeAll(scan, out, sarifOnly().withSarifLimits(25_000, limit));

        List<Path> parts = written.stream().filter(p -> p.getFileName().toString().endsWith(".sarif")).toList();
        assertThat(parts.size()).isGreaterThan(1);
        long results = 0;
        for (Path part : parts) {
            byte[] bytes = Files.readAllBytes(part);
            assertThat(gzipSize(bytes)).as(part.getFileName().toString()).isLessThanOrEqualTo(limit);
            results += run(part).path("results").size();
        }
        long expected = scan.findings().stream().filter(f -> f.status() == Status.FAIL || f.status() == Status.MUTED)
                .count();
        assertThat(results).isEqualTo(expected);
    }

    private static long gzipSize(byte[] bytes) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(buffer)) {
            gz.write(bytes);
        }
        return buffer.size();
    }

    private static JsonNode run(Path sarif) throws IOException {
        JsonNode root = MAPPER.readTree(sarif.toFile());
        assertThat(root.path("runs")).hasSize(1);
        return root.path("runs").get(0);
    }
}
