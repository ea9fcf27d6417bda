package dev.vigil.report.sarif;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes one SARIF 2.1.0 file per provider ({@code vigil-<provider>.sarif}, category {@code vigil/<provider>/})
 * holding one run: a result per FAIL finding and per MUTED finding (with an external suppression),
 * most severe first. PASS and UNKNOWN findings are not results (code scanning makes every result an alert):
 * UNKNOWN findings are counted and listed in the run's properties and summarised per missing input as tool
 * execution notifications, as are accounts not collected, collection gaps and evaluation errors. When a run
 * would exceed the results-per-run or gzip-size limit it is split into {@code vigil-<provider>-<n>.sarif},
 * each with its own category {@code vigil/<provider>/part-<n>/}, part 1 holding the most severe results.
 */
public final class SarifWriter {

    static final String SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    private static final Pattern SEMVER = Pattern.compile("\\d+\\.\\d+\\.\\d+([-+][0-9A-Za-z.+-]*)?");

    private final ObjectMapper mapper;

    public SarifWriter(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public List<Path> write(ScanResult result, ReportOptions options, InventoryIndex inventory, Path outDir)
            throws IOException {
        Map<String, ProviderRun> runs = ProviderRun.gather(result);
        CheckIndex checks = new CheckIndex(result);
        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, ProviderRun> e : runs.entrySet()) {
            deleteStaleParts(outDir, e.getKey());
            written.addAll(writeProvider(result, options, inventory, outDir, e.getKey(), e.getValue(), checks));
        }
        return written;
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
        SarifInvocation.writeDescriptors(g);
        g.writeEndObject();
        g.writeEndObject();
        SarifInvocation.write(g, result, run);
        SarifInvocation.writeRunProperties(g, run);
        g.writeStringField("columnKind", "utf16CodeUnits");
        g.writeArrayFieldStart("results");
        g.flush();
        g.close();
        return out.toByteArray();
    }

    static byte[] tail(ObjectMapper mapper, String category) throws IOException {
        return ("\n    ],\n    \"automationDetails\" : {\n      \"id\" : " + mapper.writeValueAsString(category)
                + "\n    }\n  } ]\n}\n").getBytes(StandardCharsets.UTF_8);
    }
}
