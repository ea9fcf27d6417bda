package dev.vigil.report.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vigil.evaluate.CheckMetadata;
import dev.vigil.evaluate.Finding;
import dev.vigil.evaluate.Framework;
import dev.vigil.evaluate.ScanResult;
import dev.vigil.evaluate.Severity;
import dev.vigil.evaluate.Status;
import dev.vigil.report.AtomicFile;
import dev.vigil.report.CollectionCoverage;
import dev.vigil.report.Compliance;
import dev.vigil.report.ReportOptions;
import dev.vigil.report.ScanStats;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Writes {@code findings.json} (schema in docs/findings.md) with a streaming generator. */
public final class FindingsJsonWriter {

    public static final String FILE_NAME = "findings.json";
    /** 2: status UNKNOWN, the {@code collection} block, {@code resource_types} on gaps. */
    public static final int SCHEMA_VERSION = 2;

    private final ObjectMapper mapper;

    public FindingsJsonWriter(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public Path write(ScanResult result, ScanStats stats, ReportOptions options, Path outDir) throws IOException {
        try (AtomicFile file = new AtomicFile(outDir.resolve(FILE_NAME))) {
            try (JsonGenerator g = mapper.getFactory().createGenerator(file.stream(), JsonEncoding.UTF8)) {
                g.setPrettyPrinter(LinePerRecordPrinter.create());
                g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                writeDocument(g, result, stats, Instant.now(options.clock()).toString());
                g.writeRaw('\n');
            }
            return file.commit();
        }
    }

    private void writeDocument(JsonGenerator g, ScanResult r, ScanStats stats, String generatedAt) throws IOException {
        g.writeStartObject();
        g.writeNumberField("schema_version", SCHEMA_VERSION);
        g.writeStringField("scan_id", r.scanId());
        g.writeObjectFieldStart("tool");
        g.writeStringField("name", "vigil");
        g.writeStringField("version", r.toolVersion());
        g.writeEndObject();
        g.writeStringField("started_at", r.startedAt());
        g.writeStringField("finished_at", r.finishedAt());
        g.writeStringField("generated_at", generatedAt);
        writeCollection(g, r, stats);
        writeSummary(g, r, stats);
        g.writeArrayFieldStart("accounts");
        for (ScanResult.AccountInfo a : r.accounts()) {
            writeAccount(g, a);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("checks");
        for (CheckMetadata c : r.checks()) {
            writeCheck(g, c);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("frameworks");
        for (Framework f : r.frameworks()) {
            writeFramework(g, f);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("findings");
        for (Finding f : r.findings()) {
            writeFinding(g, f);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("fixed");
        for (ScanResult.FixedFinding f : r.fixed()) {
            g.writeStartObject();
            g.writeStringField("check_id", f.checkId());
            g.writeStringField("resource_uid", f.resourceUid());
            g.writeStringField("account_uid", f.accountUid());
            g.writeStringField("fingerprint", f.fingerprint());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("gaps");
        for (ScanResult.GapInfo gap : r.gaps()) {
            g.writeStartObject();
            g.writeStringField("provider", gap.provider());
            g.writeStringField("account_uid", gap.accountId());
            g.writeStringField("region", gap.region());
            g.writeStringField("service", gap.service());
            g.writeStringField("operation", gap.operation());
            g.writeStringField("error_code", gap.errorCode());
            g.writeStringField("message", gap.message());
            writeStrings(g, "resource_types", gap.resourceTypes());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** What the collection covered: whether this report may call anything clean. */
    private static void writeCollection(JsonGenerator g, ScanResult r, ScanStats stats) throws IOException {
        CollectionCoverage coverage = CollectionCoverage.of(r);
        g.writeObjectFieldStart("collection");
        g.writeStringField("snapshot_status", coverage.snapshotStatus());
        g.writeBooleanField("complete", coverage.complete());
        g.writeNumberField("accounts", coverage.accounts());
        g.writeArrayFieldStart("not_collected");
        for (ScanResult.AccountInfo a : coverage.notCollected()) {
            g.writeStartObject();
            g.writeStringField("provider", a.provider());
            g.writeStringField("account_uid", a.id());
            g.writeStringField("name", a.name());
            g.writeStringField("status", a.status());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeNumberField("gaps", coverage.gaps());
        g.writeNumberField("unknown_findings", stats.count(Status.UNKNOWN));
        g.writeEndObject();
    }

    private static void writeSummary(JsonGenerator g, ScanResult r, ScanStats stats) throws IOException {
        g.writeObjectFieldStart("summary");
        g.writeNumberField("total", stats.total());
        g.writeObjectFieldStart("by_status");
        for (Status s : Status.values()) {
            g.writeNumberField(s.name(), stats.count(s));
        }
        g.writeEndObject();
        g.writeObjectFieldStart("fail_by_severity");
        for (Severity s : Severity.values()) {
            g.writeNumberField(s.label(), stats.failCount(s));
        }
        g.writeEndObject();
        g.writeNumberField("accounts", stats.failBySeverityPerAccount().size());
        g.writeNumberField("checks", r.checks().size());
        g.writeNumberField("gaps", r.gaps().size());
        g.writeNumberField("fixed", r.fixed().size());
        g.writeArrayFieldStart("frameworks");
        for (Compliance.FrameworkResult fr : Compliance.evaluateAll(r, stats)) {
            g.writeStartObject();
            g.writeStringField("id", fr.framework().id());
            g.writeNumberField("requirements", fr.requirements().size());
            for (Compliance.RequirementStatus s : Compliance.RequirementStatus.values()) {
                g.writeNumberField(s.name().toLowerCase(Locale.ROOT), fr.count(s));
            }
            double pct = fr.passPercent();
            if (pct < 0) {
                g.writeNullField("pass_percent");
            } else {
                g.writeNumberField("pass_percent", Math.round(pct * 10) / 10.0);
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void writeAccount(JsonGenerator g, ScanResult.AccountInfo a) throws IOException {
        g.writeStartObject();
        g.writeStringField("provider", a.provider());
        g.writeStringField("account_uid", a.id());
        g.writeStringField("name", a.name());
        g.writeStringField("status", a.status());
        writeStrings(g, "ou_path_names", a.ouPathNames());
        writeStringMap(g, "tags", a.tags());
        g.writeEndObject();
    }

    private static void writeCheck(JsonGenerator g, CheckMetadata c) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", c.id());
        g.writeStringField("provider", c.provider());
        g.writeStringField("service", c.service());
        g.writeStringField("title", c.title());
        g.writeStringField("description", c.description());
        g.writeStringField("severity", c.severity().label());
        writeStrings(g, "resource_types", c.resourceTypes());
        g.writeStringField("risk", c.risk());
        g.writeObjectFieldStart("remediation");
        g.writeStringField("text", c.remediation().text());
        g.writeStringField("cli", c.remediation().cli());
        g.writeStringField("terraform", c.remediation().terraform());
        g.writeStringField("url", c.remediation().url());
        g.writeEndObject();
        writeStrings(g, "categories", c.categories());
        g.writeStringField("entrypoint", c.entrypoint());
        g.writeStringField("source", c.source());
        g.writeEndObject();
    }

    private static void writeFramework(JsonGenerator g, Framework f) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", f.id());
        g.writeStringField("name", f.name());
        g.writeStringField("version", f.version());
        g.writeStringField("provider", f.provider());
        g.writeArrayFieldStart("requirements");
        for (Framework.Requirement req : f.requirements()) {
            g.writeStartObject();
            g.writeStringField("id", req.id());
            g.writeStringField("title", req.title());
            writeStrings(g, "checks", req.checks());
            g.writeBooleanField("manual", req.manual());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    static void writeFinding(JsonGenerator g, Finding f) throws IOException {
        g.writeStartObject();
        g.writeStringField("check_id", f.checkId());
        g.writeStringField("check_title", f.checkTitle());
        g.writeStringField("status", f.status().name());
        g.writeStringField("severity", f.severity().label());
        g.writeStringField("provider", f.provider());
        g.writeStringField("account_uid", f.accountUid());
        g.writeStringField("account_name", f.accountName());
        g.writeStringField("region", f.region());
        g.writeStringField("service", f.service());
        g.writeStringField("resource_uid", f.resourceUid());
        g.writeStringField("resource_type", f.resourceType());
        g.writeStringField("resource_name", f.resourceName());
        writeStringMap(g, "resource_tags", f.resourceTags());
        g.writeStringField("message", f.statusExtended());
        g.writeStringField("fingerprint", f.fingerprint());
        g.writeObjectFieldStart("frameworks");
        for (Map.Entry<String, List<String>> e : new TreeMap<>(f.frameworks()).entrySet()) {
            writeStrings(g, e.getKey(), e.getValue());
        }
        g.writeEndObject();
        g.writeStringField("mute_reason", f.muteReason());
        g.writeStringField("delta", f.delta());
        g.writeStringField("timestamp", f.timestamp());
        g.writeFieldName("evidence");
        if (f.evidence() == null) {
            g.writeNull();
        } else {
            g.writeTree(f.evidence());
        }
        g.writeEndObject();
    }

    private static void writeStrings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    private static void writeStringMap(JsonGenerator g, String name, Map<String, String> map) throws IOException {
        g.writeObjectFieldStart(name);
        for (Map.Entry<String, String> e : new TreeMap<>(map).entrySet()) {
            g.writeStringField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
    }
}
