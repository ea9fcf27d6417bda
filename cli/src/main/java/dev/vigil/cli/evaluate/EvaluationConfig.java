package dev.vigil.cli.evaluate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The evaluation part of {@code vigil.yaml}: which policies, their settings, and the waivers.
 *
 * <pre>
 * policies:
 *   dir: ./my-policies            # default: the built-in library
 *   checks: [s3_bucket_policy_not_public]   # default: all
 *   settings:                     # handed to policies as data.vigil.config
 *     required_tags: {app: [], env: [prod, dev]}
 *     spend_growth_percent: 30
 *   timeout: 10s                  # one policy on one resource (default 10s)
 *   budget: 30m                   # the whole evaluation (default: none)
 * waivers:
 *   - check: s3_bucket_access_logging_enabled
 *     resource: "arn:aws:s3:::public-website-*"
 *     reason: static website buckets log through CloudFront
 *     expires: 2027-03-31
 * </pre>
 */
public record EvaluationConfig(PolicySection policies, List<WaiverEntry> waivers) {

    public EvaluationConfig {
        policies = policies == null ? new PolicySection(null, null, null, null, null) : policies;
        waivers = waivers == null ? List.of() : List.copyOf(waivers);
    }

    public static EvaluationConfig empty() {
        return new EvaluationConfig(null, null);
    }

    public record PolicySection(String dir, List<String> checks, ObjectNode settings, Duration timeout,
                                Duration budget) {
        public PolicySection {
            checks = checks == null ? List.of() : List.copyOf(checks);
        }
    }

    /** One waiver as written; {@code expires} is a YYYY-MM-DD day, the last one it applies. */
    public record WaiverEntry(String check, String resource, String account, Map<String, String> tags,
                              String reason, String expires) {

        public LocalDate expiryDay(int index) {
            if (expires == null || expires.isBlank()) {
                return null;
            }
            try {
                return LocalDate.parse(expires.trim());
            } catch (java.time.format.DateTimeParseException e) {
                throw new IllegalArgumentException("waivers[" + index + "].expires: '" + expires
                        + "' is not a day (YYYY-MM-DD)");
            }
        }
    }
}
