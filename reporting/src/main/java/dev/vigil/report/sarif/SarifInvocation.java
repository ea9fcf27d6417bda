package dev.vigil.report.sarif;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.vigil.evaluate.Finding;
import dev.vigil.evaluate.ScanResult;
import dev.vigil.report.CollectionCoverage;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * The run's notification descriptors and its one invocation: {@code executionSuccessful} is false when the
 * provider was not fully collected; accounts not collected, UNKNOWN findings (one notification per input they
 * depend on), collection gaps and evaluation errors are tool execution notifications.
 */
final class SarifInvocation {

    static final String GAP_ID = "VIGIL-GAP";
    static final String EVAL_ERROR_ID = "VIGIL-EVAL-ERROR";
    static final String UNKNOWN_ID = "VIGIL-UNKNOWN";
    static final String INCOMPLETE_ID = "VIGIL-INCOMPLETE";
    private static final int GAP_INDEX = 0;
    private static final int EVAL_ERROR_INDEX = 1;
    private static final int UNKNOWN_INDEX = 2;
    private static final int INCOMPLETE_INDEX = 3;

    private SarifInvocation() {
    }

    /** {@code tool.driver.notifications}, in the order of the indexes above. */
    static void writeDescriptors(JsonGenerator g) throws IOException {
        g.writeArrayFieldStart("notifications");
        descriptor(g, GAP_ID, "CollectionGap",
                "Part of the estate could not be read, so its checks did not run.",
                "An API call of the collection failed (for example access denied or a disabled region). The "
                        + "resources behind it were not evaluated: they are neither passed nor failed.",
                "Grant the scanning role the permission named in the error code, or enable the service or region, "
                        + "then scan again.");
        descriptor(g, EVAL_ERROR_ID, "EvaluationError",
                "A check could not be evaluated on some resources.",
                "The policy raised an error on these resources, so they are neither passed nor failed.",
                "Look at the message of the ERROR findings in findings.json and fix the policy or the input.");
        descriptor(g, UNKNOWN_ID, "UnknownVerdict",
                "Some verdicts depend on an input the collection could not read.",
                "These findings are UNKNOWN: they are neither passed nor failed, and they are not results of this "
                        + "run. Code scanning closes an alert an earlier run raised for such a resource because this "
                        + "run does not repeat it; that does not mean it was fixed.",
                "Grant the scanning role the permission named in the notification, then scan again; findings.json "
                        + "lists every UNKNOWN finding.");
        descriptor(g, INCOMPLETE_ID, "IncompleteCollection",
                "The collection did not cover every account of this provider.",
                "An account was not collected, or the collection never finished. This run has no results for what "
                        + "was not collected, so it cannot say those resources are clean.",
                "Fix the account's access (or let the collection finish), then scan and upload again.");
        g.writeEndArray();
    }

    private static void descriptor(JsonGenerator g, String id, String name, String shortText, String fullText,
                                   String help) throws IOException {
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

    static void write(JsonGenerator g, ScanResult result, ProviderRun run) throws IOException {
        g.writeArrayFieldStart("invocations");
        g.writeStartObject();
        g.writeBooleanField("executionSuccessful", !run.incomplete);
        if (isInstant(result.startedAt())) {
            g.writeStringField("startTimeUtc", result.startedAt());
        }
        if (isInstant(result.finishedAt())) {
            g.writeStringField("endTimeUtc", result.finishedAt());
        }
        g.writeArrayFieldStart("toolExecutionNotifications");
        for (ScanResult.AccountInfo account : run.notCollected) {
            notification(g, "error", "Account " + CollectionCoverage.name(account) + " was not collected: this run "
                    + "has no results for it and cannot say its resources are clean.", INCOMPLETE_ID, INCOMPLETE_INDEX);
            g.writeObjectFieldStart("properties");
            g.writeStringField("accountUid", account.id());
            g.writeStringField("accountStatus", account.status());
            g.writeEndObject();
            g.writeEndObject();
        }
        if (run.unfinished) {
            notification(g, "error", "The collection did not finish (snapshot RUNNING): resources it had not reached "
                    + "are missing from this run, which cannot say they are clean.", INCOMPLETE_ID, INCOMPLETE_INDEX);
            g.writeEndObject();
        }
        for (Map.Entry<String, ProviderRun.Summary> e : run.unknownByInput.entrySet()) {
            ProviderRun.Summary s = e.getValue();
            Finding f = s.first;
            notification(g, "warning", s.count + (s.count == 1 ? " finding is" : " findings are")
                    + " UNKNOWN: the verdict depends on " + e.getKey() + " (first: check " + f.checkId() + " on "
                    + f.resourceUid() + " in account " + f.accountUid() + ").", UNKNOWN_ID, UNKNOWN_INDEX);
            g.writeObjectFieldStart("properties");
            g.writeStringField("input", e.getKey());
            g.writeNumberField("count", s.count);
            g.writeEndObject();
            g.writeEndObject();
        }
        for (ScanResult.GapInfo gap : run.gaps) {
            notification(g, "warning", "Collection gap in " + gap.provider() + " account " + gap.accountId()
                    + ", region " + gap.region() + ": " + gap.service() + " " + gap.operation() + " failed with "
                    + gap.errorCode() + (isBlank(gap.message()) ? "" : ": " + gap.message().strip())
                    + (endsWithPeriod(gap.message()) ? "" : "."), GAP_ID, GAP_INDEX);
            g.writeObjectFieldStart("properties");
            g.writeStringField("accountUid", gap.accountId());
            g.writeStringField("region", gap.region());
            g.writeStringField("service", gap.service());
            g.writeStringField("operation", gap.operation());
            g.writeStringField("errorCode", gap.errorCode());
            if (!gap.resourceTypes().isEmpty()) {
                g.writeArrayFieldStart("resourceTypes");
                for (String type : gap.resourceTypes()) {
                    g.writeString(type);
                }
                g.writeEndArray();
            }
            g.writeEndObject();
            g.writeEndObject();
        }
        for (Map.Entry<String, ProviderRun.Summary> e : run.errors.entrySet()) {
            ProviderRun.Summary s = e.getValue();
            String message = s.first.statusExtended();
            notification(g, "error", "Check " + e.getKey() + " could not be evaluated on " + s.count
                    + (s.count == 1 ? " resource" : " resources") + ", first " + s.first.resourceUid() + " in account "
                    + s.first.accountUid() + (isBlank(message) ? "" : ": " + message.strip())
                    + (endsWithPeriod(message) ? "" : "."), EVAL_ERROR_ID, EVAL_ERROR_INDEX);
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

    /** Opens a notification and writes level, message and descriptor; the caller closes it. */
    private static void notification(JsonGenerator g, String level, String text, String id, int index)
            throws IOException {
        g.writeStartObject();
        g.writeStringField("level", level);
        g.writeObjectFieldStart("message");
        g.writeStringField("text", text);
        g.writeEndObject();
        g.writeObjectFieldStart("descriptor");
        g.writeStringField("id", id);
        g.writeNumberField("index", index);
        g.writeEndObject();
    }

    /**
     * {@code runs[].properties}: whether the run covers its provider completely, the snapshot status, the
     * accounts not collected and the UNKNOWN findings (count, and the first {@value ProviderRun#UNKNOWN_LIST_CAP}
     * check/resource pairs), none of which are results.
     */
    static void writeRunProperties(JsonGenerator g, ProviderRun run) throws IOException {
        g.writeObjectFieldStart("properties");
        g.writeBooleanField("vigil.incomplete", run.incomplete);
        g.writeStringField("vigil.snapshotStatus", run.snapshotStatus);
        g.writeArrayFieldStart("vigil.notCollected");
        for (ScanResult.AccountInfo account : run.notCollected) {
            g.writeString(account.id());
        }
        g.writeEndArray();
        g.writeNumberField("vigil.unknownCount", run.unknownCount);
        g.writeArrayFieldStart("vigil.unknown");
        for (Finding f : run.unknownListed) {
            g.writeStartObject();
            g.writeStringField("ruleId", f.checkId());
            g.writeStringField("resourceUid", f.resourceUid());
            g.writeStringField("accountUid", f.accountUid());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeBooleanField("vigil.unknownTruncated", run.unknownCount > run.unknownListed.size());
        g.writeEndObject();
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
}
