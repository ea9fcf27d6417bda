package dev.vigil.report.sarif;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.vigil.evaluate.CheckMetadata;
import dev.vigil.evaluate.Remediation;
import dev.vigil.evaluate.Severity;
import dev.vigil.report.CheckIndex;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Writes {@code tool.driver.rules[]}: one rule per check, with everything GitHub code scanning reads. */
final class SarifRules {

    static final int MAX_TAGS = 20;

    private SarifRules() {
    }

    static String level(Severity severity) {
        return switch (severity) {
            case CRITICAL, HIGH -> "error";
            case MEDIUM -> "warning";
            case LOW, INFO -> "note";
        };
    }

    static String problemSeverity(Severity severity) {
        return switch (severity) {
            case CRITICAL, HIGH -> "error";
            case MEDIUM -> "warning";
            case LOW, INFO -> "recommendation";
        };
    }

    static void write(JsonGenerator g, CheckMetadata check, CheckIndex index) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", check.id());
        g.writeStringField("name", pascalCase(check.id()));
        g.writeObjectFieldStart("shortDescription");
        g.writeStringField("text", sentence(orElse(check.title(), check.id())));
        g.writeEndObject();
        g.writeObjectFieldStart("fullDescription");
        g.writeStringField("text", sentence(orElse(check.description(), orElse(check.title(), check.id()))));
        g.writeEndObject();
        g.writeObjectFieldStart("defaultConfiguration");
        g.writeStringField("level", level(check.severity()));
        g.writeEndObject();
        g.writeObjectFieldStart("help");
        g.writeStringField("text", helpText(check));
        g.writeStringField("markdown", helpMarkdown(check));
        g.writeEndObject();
        String url = check.remediation().url();
        if (isAbsoluteUri(url)) {
            g.writeStringField("helpUri", url);
        }
        g.writeObjectFieldStart("properties");
        g.writeArrayFieldStart("tags");
        for (String tag : tags(check, index.frameworksOf(check.id()))) {
            g.writeString(tag);
        }
        g.writeEndArray();
        g.writeStringField("precision", "high");
        g.writeStringField("problem.severity", problemSeverity(check.severity()));
        g.writeStringField("security-severity", check.severity().securitySeverity());
        g.writeEndObject();
        g.writeEndObject();
    }

    /** "security", provider, service, categories, then frameworks; deduplicated, at most 20. */
    static List<String> tags(CheckMetadata check, List<String> frameworks) {
        Set<String> tags = new LinkedHashSet<>();
        tags.add("security");
        addIfPresent(tags, check.provider());
        addIfPresent(tags, check.service());
        check.categories().forEach(c -> addIfPresent(tags, c));
        frameworks.forEach(f -> addIfPresent(tags, f));
        return tags.stream().limit(MAX_TAGS).toList();
    }

    private static void addIfPresent(Set<String> tags, String tag) {
        if (tag != null && !tag.isBlank()) {
            tags.add(tag.trim());
        }
    }

    static String helpText(CheckMetadata check) {
        Remediation r = check.remediation();
        StringBuilder b = new StringBuilder();
        b.append(sentence(orElse(check.description(), orElse(check.title(), check.id()))));
        if (!isBlank(check.risk())) {
            b.append("\n\nRisk: ").append(check.risk().trim());
        }
        if (!isBlank(r.text())) {
            b.append("\n\nRemediation: ").append(r.text().trim());
        }
        if (!isBlank(r.cli())) {
            b.append("\n\nCLI:\n").append(r.cli().trim());
        }
        if (!isBlank(r.terraform())) {
            b.append("\n\nTerraform:\n").append(r.terraform().trim());
        }
        if (!isBlank(r.url())) {
            b.append("\n\nReference: ").append(r.url().trim());
        }
        return b.toString();
    }

    static String helpMarkdown(CheckMetadata check) {
        Remediation r = check.remediation();
        StringBuilder b = new StringBuilder();
        b.append("**").append(orElse(check.title(), check.id()).trim()).append("** (severity: ")
                .append(check.severity().label()).append(")\n\n");
        b.append(sentence(orElse(check.description(), orElse(check.title(), check.id()))));
        if (!isBlank(check.risk())) {
            b.append("\n\n**Risk.** ").append(check.risk().trim());
        }
        if (!isBlank(r.text())) {
            b.append("\n\n**Remediation.** ").append(r.text().trim());
        }
        if (!isBlank(r.cli())) {
            b.append("\n\nCLI:\n\n").append(fence("sh", r.cli()));
        }
        if (!isBlank(r.terraform())) {
            b.append("\n\nTerraform:\n\n").append(fence("hcl", r.terraform()));
        }
        if (!isBlank(r.url())) {
            b.append("\n\nReference: <").append(r.url().trim()).append(">");
        }
        return b.toString();
    }

    /** A fenced code block whose fence is longer than any backtick run inside the code. */
    private static String fence(String language, String code) {
        int longest = 0;
        int run = 0;
        for (char c : code.toCharArray()) {
            run = c == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String ticks = "`".repeat(Math.max(3, longest + 1));
        return ticks + language + "\n" + code.strip() + "\n" + ticks;
    }

    static String sentence(String text) {
        String t = text.strip();
        if (t.isEmpty() || t.endsWith(".") || t.endsWith("?") || t.endsWith("!")) {
            return t;
        }
        return t + ".";
    }

    static String pascalCase(String id) {
        StringBuilder b = new StringBuilder();
        for (String part : id.split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) {
                b.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
            }
        }
        return b.toString();
    }

    private static boolean isAbsoluteUri(String url) {
        if (isBlank(url)) {
            return false;
        }
        try {
            URI uri = new URI(url.trim());
            return uri.isAbsolute() && ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String orElse(String value, String fallback) {
        return isBlank(value) ? fallback : value;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
