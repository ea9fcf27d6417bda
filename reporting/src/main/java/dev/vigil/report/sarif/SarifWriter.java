package dev.vigil.report.sarif;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vigil.evaluate.CheckMetadata;
import dev.vigil.evaluate.Finding;
import dev.vigil.evaluate.ScanResult;
import dev.vigil.evaluate.Severity;
import dev.vigil.evaluate.Status;
import dev.vigil.report.CheckIndex;
import dev.vigil.report.ReportOptions;
import dev.vigil.report.inventory.InventoryIndex;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Writes one SARIF 2.1.0 file per provider ({@code vigil-<provider>.sarif}, category {@code vigil/<provider>/})
 * holding one run: a result per FAIL finding and per MUTED finding (with an external suppression),
 * most severe first; collection gaps and evaluation errors as tool execution notifications. When a run
 * would exceed the results-per-run or gzip-size limit it is split into {@code vigil-<provider>-<n>.sarif},
 * each with its own category {@code vigil/<provider>/part-<n>/}, part 1 holding the most severe results.
 */
public final class SarifWriter {

    static final String SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    static final String GAP_ID = "VIGIL-GAP";
    static final String EVAL_ERROR_ID = "VIGIL-EVAL-ERROR";
    private static final Pattern SEMVER = Pattern.compile("\\d+\\.\\d+\\.\\d+([-+][0-9A-Za-z.+-]*)?");

    private final ObjectMapper mapper;

    public SarifWriter(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** What one provider's run needs besides its results, gathered in one pass. */
    private static final class ProviderRun {
        final TreeSet<String> checkIds = new TreeSet<>();
        final Map<String, ErrorSummary> errors = new TreeMap<>();
        final List<ScanResult.GapInfo> gaps = new ArrayList<>();
    }

    private static final class ErrorSummary {
        long count;
        String firstResource;
        String firstAccount;
        String firstMessage;
    }

    public List<Path> write(ScanResult result, ReportOptions options, InventoryIndex inventory, Path outDir)
            throws IOException {
        Map<String, ProviderRun> runs = gather(result);
        CheckIndex checks = new CheckIndex(result);
        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, ProviderRun> e : runs.entrySet()) {
            deleteStaleParts(outDir, e.getKey());
            written.addAll(writeProvider(result, options, inventory, outDir, e.getKey(), e.getValue(), checks));
        }
        return written;
    }

    private static Map<String, ProviderRun> gather(ScanResult result) {
        Map<String, ProviderRun> runs = new TreeMap<>();
        for (ScanResult.AccountInfo a : result.accounts()) {
            runs.computeIfAbsent(a.provider(), k -> new ProviderRun());
        }
        for (CheckMetadata c : result.checks()) {
            ProviderRun run = runs.get(c.provider());
            if (run != null) {
                run.checkIds.add(c.id());
            }
        }
        for (Finding f : result.findings()) {
            ProviderRun run = runs.computeIfAbsent(f.provider(), k -> new ProviderRun());
            run.checkIds.add(f.checkId());
            if (f.status() == Status.ERROR) {
                ErrorSummary s = run.errors.computeIfAbsent(f.checkId(), k -> new ErrorSummary());
                if (s.count++ == 0) {
                    s.firstResource = f.resourceUid();
                    s.firstAccount = f.accountUid();
                    s.firstMessage = f.statusExtended();
                }
            }
        }
        for (ScanResult.GapInfo gap : result.gaps()) {
            runs.computeIfAbsent(gap.provider(), k -> new ProviderRun()).gaps.add(gap);
        }
        return runs;
    }

    private List<Path> writeProvider(ScanResult result, ReportOptions options, InventoryIndex inventory,
                                     Path outDir, String provider, ProviderRun run, CheckIndex checks)
            throws IOException {
        Map<String, Integer> ruleIndex = new LinkedHashMap<>();
        for (String id : run.checkIds) {
            ruleIndex.put(id, ruleIndex.size());
        }
        byte[] head = head(result, run, ruleIndex, checks);
        SarifResults results = new SarifResults(mapper, inventory, options.artifactUriPrefix());
        List<Path> written = new ArrayList<>();
        long flushEvery = Math.max(4096, Math.min(256 * 1024, options.sarifMaxGzipBytes() / 16));
        SarifPart part = new SarifPart(outDir.resolve(fileName(provider, 1)), head, flushEvery);
        int partNumber = 1;
        try {
            for (Severity severity : Severity.values()) {
                for (Status status : options.sarifIncludeMuted() ? List.of(Status.FAIL, Status.MUTED)
                        : List.of(Status.FAIL)) {
                    for (Finding f : result.findings()) {
                        if (f.severity() != severity || f.status() != status || !f.provider().equals(provider)) {
                            continue;
                        }
                        byte[] bytes = results.toBytes(f, ruleIndex);
                        if (part.results() > 0 && (part.results() >= options.sarifMaxResultsPerRun()
                                || part.wouldExceed(bytes.length, options.sarifMaxGzipBytes()))) {
                            written.add(part.finish(outDir.resolve(fileName(provider, partNumber)),
                                    category(provider, partNumber)));
                            partNumber++;
                            part = new SarifPart(outDir.resolve(fileName(provider, partNumber)), head, flushEvery);
                        }
                        part.add(bytes);
                    }
                }
            }
            boolean split = partNumber > 1;
            written.add(part.finish(outDir.resolve(split ? fileName(provider, partNumber) : fileName(provider, 0)),
                    category(provider, split ? partNumber : 0)));
        } finally {
            part.close();
        }
        return written;
    }

    /** {@code vigil-aws.sarif} for part 0 (unsplit), {@code vigil-aws-<n>.sarif} for part n. */
    public static String fileName(String provider, int part) {
        return "vigil-" + provider + (part == 0 ? "" : "-" + part) + ".sarif";
    }

    /**
     * GitHub takes everything up to the last '/' of the id as the category, so a trailing '/' makes
     * the whole id the category: {@code vigil/aws/} (category vigil/aws), {@code vigil/aws/part-1/}.
     */
    public static String category(String provider, int part) {
        return "vigil/" + provider + "/" + (part == 0 ? "" : "part-" + part + "/");
    }

    private static void deleteStaleParts(Path outDir, String provider) throws IOException {
        if (!Files.isDirectory(outDir)) {
            return;
        }
        Pattern stale = Pattern.compile(Pattern.quote("vigil-" + provider) + "(-[0-9]+)?\\.sarif");
        try (DirectoryStream<Path> files = Files.newDirectoryStream(outDir)) {
            for (Path p : files) {
                if (stale.matcher(p.getFileName().toString()).matches()) {
                    Files.delete(p);
                }
            }
        }
    }

    /** The file up to and including {@code "results" : [}. */
    private byte[] head(ScanResult result, ProviderRun run, Map<String, Integer> ruleIndex, CheckIndex checks)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonGenerator g = mapper.getFactory().createGenerator(out);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_JSON_CONTENT);
        g.setPrettyPrinter(new DefaultPrettyPrinter());
        g.writeStartObject();
        g.writeStringField("$schema", SCHEMA_URI);
        g.writeStringField("version", "2.1.0");
        g.writeArrayFieldStart("runs");
        g.writeStartObject();
        g.writeObjectFieldStart("tool");
        g.writeObjectFieldStart("driver");
        g.writeStringField("name", "Vigil");
        if (result.toolVersion() != null && !result.toolVersion().isBlank()) {
            g.writeStringField("version", result.toolVersion());
            if (SEMVER.matcher(result.toolVersion()).matches()) {
                g.writeStringField("semanticVersion", result.toolVersion());
            }
        }
        g.writeArrayFieldStart("rules");
        for (String id : ruleIndex.keySet()) {
            SarifRules.write(g, checks.get(id), checks);
        }
        g.writeEndArray();
        writeNotificationDescriptors(g);
        g.writeEndObject();
        g.writeEndObject();
        writeInvocation(g, result, run);
        g.writeStringField("columnKind", "utf16CodeUnits");
        g.writeArrayFieldStart("results");
        g.flush();
        g.close();
        return out.toByteArray();
    }

    private static void writeNotificationDescriptors(JsonGenerator g) throws IOException {
        g.writeArrayFieldStart("notifications");
        writeNotificationDescriptor(g, GAP_ID, "CollectionGap",
                "Part of the estate could not be read, so its checks did not run.",
                "An API call of the collection failed (for example access denied or a disabled region). The "
                        + "resources behind it were not evaluated: they are neither passed nor failed.",
                "Grant the scanning role the permission named in the error code, or enable the service or region, "
                        + "then scan again.");
        writeNotificationDescriptor(g, EVAL_ERROR_ID, "EvaluationError",
                "A check could not be evaluated on some resources.",
                "The policy raised an error on these resources, so they are neither passed nor failed.",
                "Look at the message of the ERROR findings in findings.json and fix the policy or the input.");
        g.writeEndArray();
    }

    private static void writeNotificationDescriptor(JsonGenerator g, String id, String name, String shortText,
                                                    String fullText, String help) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", id);
        g.writeStringField("name", name);
        g.writeObjectFieldStart("shortDescription");
        g.writeStringField("text", shortText);
        g.writeEndObject();
        g.writeObjectFieldStart("fullDescription");
        g.writeStringField("text", fullText);
        g.writeEndObject();
        g.writeObjectFieldStart("help");
        g.writeStringField("text", help);
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void writeInvocation(JsonGenerator g, ScanResult result, ProviderRun run) throws IOException {
        g.writeArrayFieldStart("invocations");
        g.writeStartObject();
        g.writeBooleanField("executionSuccessful", true);
        if (isInstant(result.startedAt())) {
            g.writeStringField("startTimeUtc", result.startedAt());
        }
        if (isInstant(result.finishedAt())) {
            g.writeStringField("endTimeUtc", result.finishedAt());
        }
        g.writeArrayFieldStart("toolExecutionNotifications");
        for (ScanResult.GapInfo gap : run.gaps) {
            g.writeStartObject();
            g.writeStringField("level", "warning");
            g.writeObjectFieldStart("message");
            g.writeStringField("text", "Collection gap in " + gap.provider() + " account " + gap.accountId()
                    + ", region " + gap.region() + ": " + gap.service() + " " + gap.operation() + " failed with "
                    + gap.errorCode() + (isBlank(gap.message()) ? "" : ": " + gap.message().strip())
                    + (endsWithPeriod(gap.message()) ? "" : "."));
            g.writeEndObject();
            writeDescriptor(g, GAP_ID, 0);
            g.writeObjectFieldStart("properties");
            g.writeStringField("accountUid", gap.accountId());
            g.writeStringField("region", gap.region());
            g.writeStringField("service", gap.service());
            g.writeStringField("operation", gap.operation());
            g.writeStringField("errorCode", gap.errorCode());
            g.writeEndObject();
            g.writeEndObject();
        }
        for (Map.Entry<String, ErrorSummary> e : run.errors.entrySet()) {
            ErrorSummary s = e.getValue();
            g.writeStartObject();
            g.writeStringField("level", "error");
            g.writeObjectFieldStart("message");
            g.writeStringField("text", "Check " + e.getKey() + " could not be evaluated on " + s.count
                    + (s.count == 1 ? " resource" : " resources") + ", first " + s.firstResource + " in account "
                    + s.firstAccount + (s.firstMessage == null || s.firstMessage.isBlank() ? "" : ": "
                    + s.firstMessage.strip()) + (endsWithPeriod(s.firstMessage) ? "" : "."));
            g.writeEndObject();
            writeDescriptor(g, EVAL_ERROR_ID, 1);
            g.writeObjectFieldStart("properties");
            g.writeStringField("checkId", e.getKey());
            g.writeNumberField("count", s.count);
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndArray();
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /** SARIF's date-time fields must be ISO-8601; a scan time that is not is left out rather than invalid. */
    private static boolean isInstant(String s) {
        if (s == null) {
            return false;
        }
        try {
            Instant.parse(s);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean endsWithPeriod(String s) {
        return s != null && s.strip().endsWith(".");
    }

    private static void writeDescriptor(JsonGenerator g, String id, int index) throws IOException {
        g.writeObjectFieldStart("descriptor");
        g.writeStringField("id", id);
        g.writeNumberField("index", index);
        g.writeEndObject();
    }

    static byte[] tail(ObjectMapper mapper, String category) throws IOException {
        return ("\n    ],\n    \"automationDetails\" : {\n      \"id\" : " + mapper.writeValueAsString(category)
                + "\n    }\n  } ]\n}\n").getBytes(StandardCharsets.UTF_8);
    }
}
