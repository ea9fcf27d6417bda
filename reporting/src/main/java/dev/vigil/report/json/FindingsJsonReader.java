package dev.vigil.report.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vigil.evaluate.CheckMetadata;
import dev.vigil.evaluate.Finding;
import dev.vigil.evaluate.Framework;
import dev.vigil.evaluate.Remediation;
import dev.vigil.evaluate.ScanResult;
import dev.vigil.evaluate.Severity;
import dev.vigil.evaluate.Status;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads {@code findings.json} back: either every finding one at a time ({@link #forEachFinding},
 * for a large baseline) or the whole document as a {@link ScanResult}. Errors name file, line and column.
 */
public final class FindingsJsonReader {

    /** Version 1 (before UNKNOWN and the collection block) still reads: it describes a complete snapshot. */
    static final int OLDEST_VERSION = 1;

    private final ObjectMapper mapper;

    public FindingsJsonReader(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** Streams the findings of the file to the consumer without holding them all. */
    public void forEachFinding(Path file, Consumer<Finding> consumer) throws IOException {
        read(file, new Sink(consumer, false));
    }

    /** Reads the whole document. */
    public ScanResult read(Path file) throws IOException {
        List<Finding> findings = new ArrayList<>();
        Sink sink = new Sink(findings::add, true);
        read(file, sink);
        JsonNode h = sink.header;
        return new ScanResult(text(h, "scan_id"), text(h.path("tool"), "version"), text(h, "started_at"),
                text(h, "finished_at"), sink.accounts, sink.gaps, sink.checks, sink.frameworks, findings, sink.fixed,
                text(h.path("collection"), "snapshot_status"));
    }

    private final class Sink {
        final Consumer<Finding> findings;
        final boolean keepAll;
        final com.fasterxml.jackson.databind.node.ObjectNode header = mapper.createObjectNode();
        final List<ScanResult.AccountInfo> accounts = new ArrayList<>();
        final List<CheckMetadata> checks = new ArrayList<>();
        final List<Framework> frameworks = new ArrayList<>();
        final List<ScanResult.FixedFinding> fixed = new ArrayList<>();
        final List<ScanResult.GapInfo> gaps = new ArrayList<>();

        Sink(Consumer<Finding> findings, boolean keepAll) {
            this.findings = findings;
            this.keepAll = keepAll;
        }
    }

    private void read(Path file, Sink sink) throws IOException {
        try (InputStream in = Files.newInputStream(file); JsonParser p = mapper.getFactory().createParser(in)) {
            expect(file, p, p.nextToken(), JsonToken.START_OBJECT, "a findings.json object");
            boolean versionSeen = false;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                JsonLocation at = p.currentTokenLocation();
                switch (field) {
                    case "schema_version" -> {
                        if (!p.currentToken().isNumeric() || p.getIntValue() < OLDEST_VERSION
                                || p.getIntValue() > FindingsJsonWriter.SCHEMA_VERSION) {
                            throw error(file, at, "unsupported schema_version " + p.getText() + " (this Vigil reads "
                                    + OLDEST_VERSION + " to " + FindingsJsonWriter.SCHEMA_VERSION + ")");
                        }
                        versionSeen = true;
                    }
                    case "findings" -> readArray(file, p, field, node -> sink.findings.accept(finding(node)));
                    case "accounts" -> readArray(file, p, field, node -> {
                        if (sink.keepAll) {
                            sink.accounts.add(account(node));
                        }
                    });
                    case "checks" -> readArray(file, p, field, node -> {
                        if (sink.keepAll) {
                            sink.checks.add(check(node));
                        }
                    });
                    case "frameworks" -> readArray(file, p, field, node -> {
                        if (sink.keepAll) {
                            sink.frameworks.add(framework(node));
                        }
                    });
                    case "fixed" -> readArray(file, p, field, node -> sink.fixed.add(new ScanResult.FixedFinding(
                            text(node, "check_id"), text(node, "resource_uid"), text(node, "account_uid"),
                            text(node, "fingerprint"))));
                    case "gaps" -> readArray(file, p, field, node -> sink.gaps.add(new ScanResult.GapInfo(
                            text(node, "provider"), text(node, "account_uid"), text(node, "region"),
                            text(node, "service"), text(node, "operation"), text(node, "error_code"),
                            text(node, "message"), strings(node.path("resource_types")))));
                    default -> sink.header.set(field, p.readValueAsTree());
                }
            }
            if (!versionSeen) {
                throw error(file, p.currentLocation(), "missing schema_version: not a Vigil findings.json");
            }
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(file.toString(), null, "findings file not found");
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            throw new IOException(file + (loc == null ? "" : ":" + loc.getLineNr() + ":" + loc.getColumnNr())
                    + ": malformed JSON: " + e.getOriginalMessage(), e);
        }
    }

    private interface NodeHandler {
        void handle(JsonNode node) throws IOException;
    }

    private void readArray(Path file, JsonParser p, String field, NodeHandler handler) throws IOException {
        expect(file, p, p.currentToken(), JsonToken.START_ARRAY, "an array for \"" + field + "\"");
        while (p.nextToken() != JsonToken.END_ARRAY) {
            expect(file, p, p.currentToken(), JsonToken.START_OBJECT, "an object in \"" + field + "\"");
            JsonLocation start = p.currentTokenLocation();
            JsonNode node = p.readValueAsTree();
            try {
                handler.handle(node);
            } catch (IllegalArgumentException e) {
                throw error(file, start, "in \"" + field + "\": " + e.getMessage());
            }
        }
    }

    private static Finding finding(JsonNode n) {
        JsonNode evidence = n.get("evidence");
        return new Finding(required(n, "check_id"), text(n, "check_title"), status(required(n, "status")),
                text(n, "message"), Severity.parse(required(n, "severity")), required(n, "provider"),
                required(n, "account_uid"), text(n, "account_name"), text(n, "region"), text(n, "service"),
                text(n, "resource_type"), required(n, "resource_uid"), text(n, "resource_name"),
                stringMap(n.path("resource_tags")), evidence == null || evidence.isNull() ? null : evidence,
                text(n, "fingerprint"), frameworks(n.path("frameworks")), text(n, "mute_reason"),
                text(n, "delta"), text(n, "timestamp"));
    }

    private static ScanResult.AccountInfo account(JsonNode n) {
        return new ScanResult.AccountInfo(text(n, "provider"), text(n, "account_uid"), text(n, "name"),
                text(n, "status"), strings(n.path("ou_path_names")), stringMap(n.path("tags")));
    }

    private static CheckMetadata check(JsonNode n) {
        JsonNode r = n.path("remediation");
        return new CheckMetadata(required(n, "id"), text(n, "provider"), text(n, "service"), text(n, "title"),
                text(n, "description"), Severity.parse(required(n, "severity")), strings(n.path("resource_types")),
                text(n, "risk"), new Remediation(orEmpty(r, "text"), orEmpty(r, "cli"), orEmpty(r, "terraform"),
                orEmpty(r, "url")), strings(n.path("categories")), text(n, "entrypoint"), text(n, "source"));
    }

    private static Framework framework(JsonNode n) {
        List<Framework.Requirement> requirements = new ArrayList<>();
        for (JsonNode r : n.path("requirements")) {
            requirements.add(new Framework.Requirement(text(r, "id"), text(r, "title"), strings(r.path("checks")),
                    r.path("manual").asBoolean(false)));
        }
        return new Framework(text(n, "id"), text(n, "name"), text(n, "version"), text(n, "provider"), requirements);
    }

    private static Status status(String text) {
        try {
            return Status.valueOf(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown status '" + text + "' (expected PASS, FAIL, MUTED, ERROR or UNKNOWN)");
        }
    }

    private static String required(JsonNode n, String field) {
        String value = text(n, field);
        if (value == null) {
            throw new IllegalArgumentException("missing \"" + field + "\"");
        }
        return value;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static String orEmpty(JsonNode n, String field) {
        String v = text(n, field);
        return v == null ? "" : v;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (JsonNode v : array) {
            out.add(v.asText());
        }
        return out;
    }

    private static Map<String, String> stringMap(JsonNode object) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : object.properties()) {
            out.put(e.getKey(), e.getValue().asText());
        }
        return out;
    }

    private static Map<String, List<String>> frameworks(JsonNode object) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : object.properties()) {
            out.put(e.getKey(), List.copyOf(strings(e.getValue())));
        }
        return out;
    }

    private static void expect(Path file, JsonParser p, JsonToken actual, JsonToken expected, String what)
            throws IOException {
        if (actual != expected) {
            throw error(file, p.currentLocation(), "expected " + what + ", found " + actual);
        }
    }

    private static IOException error(Path file, JsonLocation at, String message) {
        return new IOException(file + ":" + at.getLineNr() + ":" + at.getColumnNr() + ": " + message);
    }
}
