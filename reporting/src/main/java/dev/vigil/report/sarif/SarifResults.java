package dev.vigil.report.sarif;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vigil.evaluate.Finding;
import dev.vigil.evaluate.Status;
import dev.vigil.report.inventory.InventoryIndex;
import dev.vigil.report.inventory.InventoryLocation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;

/** Serialises one FAIL or MUTED finding as a SARIF result, one line of compact JSON. */
final class SarifResults {

    private final ObjectMapper mapper;
    private final InventoryIndex inventory;
    private final String uriPrefix;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(2048);

    SarifResults(ObjectMapper mapper, InventoryIndex inventory, String uriPrefix) {
        this.mapper = mapper;
        this.inventory = inventory;
        this.uriPrefix = uriPrefix;
    }

    byte[] toBytes(Finding f, Map<String, Integer> ruleIndex) throws IOException {
        buffer.reset();
        try (JsonGenerator g = mapper.getFactory().createGenerator(buffer)) {
            write(g, f, ruleIndex);
        }
        return buffer.toByteArray();
    }

    private void write(JsonGenerator g, Finding f, Map<String, Integer> ruleIndex) throws IOException {
        InventoryLocation at = inventory.locate(f.provider(), f.accountUid(), nullToEmpty(f.resourceType()),
                f.resourceUid());
        g.writeStartObject();
        g.writeStringField("ruleId", f.checkId());
        g.writeNumberField("ruleIndex", ruleIndex.get(f.checkId()));
        g.writeStringField("level", SarifRules.level(f.severity()));
        g.writeObjectFieldStart("message");
        g.writeStringField("text", message(f));
        g.writeEndObject();
        g.writeArrayFieldStart("locations");
        g.writeStartObject();
        g.writeObjectFieldStart("physicalLocation");
        g.writeObjectFieldStart("artifactLocation");
        g.writeStringField("uri", uriPrefix + at.path());
        g.writeEndObject();
        g.writeObjectFieldStart("region");
        g.writeNumberField("startLine", at.line());
        g.writeNumberField("startColumn", 1);
        g.writeNumberField("endLine", at.line());
        g.writeNumberField("endColumn", at.lineLength() + 1);
        g.writeEndObject();
        g.writeEndObject();
        g.writeArrayFieldStart("logicalLocations");
        g.writeStartObject();
        g.writeStringField("fullyQualifiedName", f.resourceUid());
        g.writeStringField("kind", "resource");
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndArray();
        g.writeObjectFieldStart("partialFingerprints");
        g.writeStringField("primaryLocationLineHash", Fingerprints.primaryLocationLineHash(f.checkId(), f.resourceUid()));
        g.writeEndObject();
        if (f.status() == Status.MUTED) {
            g.writeArrayFieldStart("suppressions");
            g.writeStartObject();
            g.writeStringField("kind", "external");
            g.writeStringField("status", "accepted");
            if (f.muteReason() != null && !f.muteReason().isBlank()) {
                g.writeStringField("justification", f.muteReason());
            }
            g.writeEndObject();
            g.writeEndArray();
        }
        g.writeObjectFieldStart("properties");
        g.writeStringField("status", f.status().name());
        g.writeStringField("provider", f.provider());
        g.writeStringField("accountUid", f.accountUid());
        writeIfPresent(g, "accountName", f.accountName());
        writeIfPresent(g, "region", f.region());
        g.writeStringField("resourceUid", f.resourceUid());
        writeIfPresent(g, "resourceType", f.resourceType());
        writeIfPresent(g, "resourceName", f.resourceName());
        writeIfPresent(g, "findingUid", f.fingerprint());
        writeIfPresent(g, "delta", f.delta());
        g.writeEndObject();
        g.writeEndObject();
    }

    static String message(Finding f) {
        String detail = nullToEmpty(f.statusExtended()).strip();
        if (detail.isEmpty()) {
            detail = nullToEmpty(f.checkTitle()).strip();
        }
        StringBuilder b = new StringBuilder(SarifRules.sentence(detail.isEmpty() ? f.checkId() : detail));
        b.append(" Resource ").append(f.resourceUid());
        if (f.resourceType() != null && !f.resourceType().isEmpty()) {
            b.append(" (").append(f.resourceType()).append(')');
        }
        b.append(" in ").append(f.provider()).append(" account ").append(f.accountUid());
        if (f.accountName() != null && !f.accountName().isEmpty()) {
            b.append(" (").append(f.accountName()).append(')');
        }
        if (f.region() != null && !f.region().isEmpty()) {
            b.append(", region ").append(f.region());
        }
        return b.append('.').toString();
    }

    private static void writeIfPresent(JsonGenerator g, String name, String value) throws IOException {
        if (value != null && !value.isEmpty()) {
            g.writeStringField(name, value);
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
